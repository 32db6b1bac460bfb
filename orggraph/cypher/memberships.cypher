// memberships: every body a post (or a body) sits on or chairs, and its role there.
// Parameters: $post (string): a post or body id,
//   e.g. :param post => 'nwuhg-group-chief-medical-officer'
// Columns: id, name, label, relation, role, source, evidence (by body id)

CALL () {
  MATCH (p:Post {id: $post}) RETURN p
  UNION
  MATCH (p:Body {id: $post}) RETURN p
}
MATCH (p)-[r:MEMBER_OF|CHAIRS]->(b:Body)
RETURN b.id AS id, b.name AS name, labels(b)[0] AS label, type(r) AS relation,
       r.role AS role, r.source AS source, r.evidence AS evidence
ORDER BY id, relation, evidence
