// dual_accountability: posts answering to more than one post or body, flagging those
// whose lines go into different organisations (the nearest body labelled Organisation
// through POST_IN and PART_OF; ties go to the smallest id).
// Parameters: $relations (list of strings): relationship types that count as lines,
//   e.g. :param relations => ['ACCOUNTABLE_TO', 'RESPONSIBLE_TO', 'REPORTS_TO']
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: id, name, lines, line_names, organisations, cross_organisation

MATCH (p:Post)-[x]->(m)
// valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
WHERE type(x) IN $relations AND m <> p AND all(v IN [p, x, m] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
WITH p, collect(DISTINCT m) AS managers
WHERE size(managers) > 1
UNWIND managers AS m
CALL (m) {
  OPTIONAL MATCH up = (m)-[:POST_IN|PART_OF*0..]->(o:Organisation)
  WHERE all(v IN nodes(up) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
    AND all(v IN relationships(up) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  RETURN o.id AS organisation ORDER BY length(up), organisation LIMIT 1
}
WITH p, m, organisation ORDER BY m.id
WITH p, collect(m.id) AS lines, collect(coalesce(m.title, m.name)) AS line_names,
     collect(DISTINCT organisation) AS found
CALL (found) {
  UNWIND found AS o
  WITH o ORDER BY o
  RETURN collect(o) AS organisations
}
RETURN p.id AS id, p.title AS name, lines, line_names, organisations,
       size(organisations) > 1 AS cross_organisation
ORDER BY id
