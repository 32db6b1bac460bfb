// memberships: every body a post (or a body) sits on or chairs, and its role there.
// Parameters: $post (string): a post or body id,
//   e.g. :param post => 'nwuhg-group-chief-medical-officer'
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: id, name, label, relation, role, source, evidence (by body id)

CALL () {
  MATCH (p:Post {id: $post}) RETURN p
  UNION
  MATCH (p:Body {id: $post}) RETURN p
}
MATCH (p)-[r:MEMBER_OF|CHAIRS]->(b:Body)
// valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
WHERE all(v IN [p, r, b] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
RETURN b.id AS id, b.name AS name, labels(b)[0] AS label, type(r) AS relation,
       r.role AS role, r.source AS source, r.evidence AS evidence
ORDER BY id, relation, evidence
