// relationships: every working relationship of a post, both directions: works with,
// supports, advises, professional lead for. direction is 'out' where the post is the
// subject of the sentence, 'in' otherwise.
// Parameters: $post (string): a post id, e.g. :param post => 'dh-ooh-coordinator'
// Columns: id, name, label, relation, direction, role, source, evidence

MATCH (p:Post {id: $post})
CALL (p) {
  MATCH (p)-[r:WORKS_WITH|SUPPORTS|ADVISES|PROFESSIONAL_LEAD_FOR]->(o)
  RETURN o, r, 'out' AS direction
  UNION ALL
  MATCH (p)<-[r:WORKS_WITH|SUPPORTS|ADVISES|PROFESSIONAL_LEAD_FOR]-(o)
  RETURN o, r, 'in' AS direction
}
RETURN o.id AS id, coalesce(o.title, o.name) AS name, labels(o)[0] AS label,
       type(r) AS relation, direction, r.role AS role, r.source AS source,
       r.evidence AS evidence
ORDER BY direction <> 'out', relation, id
