// relationships: every working relationship of a post, both directions: works with,
// supports, advises, professional lead for. direction is 'out' where the post is the
// subject of the sentence, 'in' otherwise.
// Parameters: $post (string): a post id, e.g. :param post => 'dh-ooh-coordinator'
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: id, name, label, relation, direction, role, source, evidence

MATCH (p:Post {id: $post})
// valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
WHERE all(v IN [p] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
CALL (p) {
  MATCH (p)-[r:WORKS_WITH|SUPPORTS|ADVISES|PROFESSIONAL_LEAD_FOR]->(o)
  WHERE all(v IN [r, o] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  RETURN o, r, 'out' AS direction
  UNION ALL
  MATCH (p)<-[r:WORKS_WITH|SUPPORTS|ADVISES|PROFESSIONAL_LEAD_FOR]-(o)
  WHERE all(v IN [r, o] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  RETURN o, r, 'in' AS direction
}
RETURN o.id AS id, coalesce(o.title, o.name) AS name, labels(o)[0] AS label,
       type(r) AS relation, direction, r.role AS role, r.source AS source,
       r.evidence AS evidence
ORDER BY direction <> 'out', relation, id
