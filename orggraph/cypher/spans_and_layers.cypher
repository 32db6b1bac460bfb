// spans_and_layers: for every post with reports, its direct and total span and its layer
// (the shortest line to a top post, plus one; a top post answers to no post). $body keeps
// the posts in that body and the bodies within it (null: every post).
// Parameters: $body (string or null): a body id, e.g. :param body => 'mpct-operations-directorate'
//             $relations (list of strings): the line types,
//   e.g. :param relations => ['ACCOUNTABLE_TO', 'RESPONSIBLE_TO', 'REPORTS_TO']
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: id, name, direct_span, total_span, layer, lines_up

MATCH (p:Post)
// valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
WHERE all(v IN [p] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  AND ($body IS NULL
       OR EXISTS { MATCH q = (p)-[:POST_IN]->(:Body)-[:PART_OF*0..]->(:Body {id: $body})
                   WHERE all(v IN nodes(q) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
    AND all(v IN relationships(q) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)) })
CALL (p) {
  MATCH (r:Post)-[x]->(p) WHERE type(x) IN $relations AND r <> p AND all(v IN [r, x] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  RETURN count(DISTINCT r) AS direct_span
}
WITH p, direct_span WHERE direct_span > 0
CALL (p) {
  OPTIONAL MATCH (d:Post) ((c:Post)-[y]->(e:Post)
                           WHERE type(y) IN $relations AND all(v IN [c, y, e] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)))+ (p)
  WHERE d <> p
  RETURN count(DISTINCT d) AS total_span
}
CALL (p) {
  OPTIONAL MATCH (p) ((c:Post)-[z]->(e:Post)
                      WHERE type(z) IN $relations AND all(v IN [c, z, e] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)))* (top:Post)
  WHERE NOT EXISTS { MATCH (top)-[w]->(o:Post) WHERE type(w) IN $relations AND o <> top
                     AND all(v IN [w, o] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)) }
  RETURN min(size(z)) + 1 AS layer
}
CALL (p) {
  MATCH (p)-[u]->(m:Post) WHERE type(u) IN $relations AND m <> p AND all(v IN [u, m] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  RETURN count(DISTINCT m) AS lines_up
}
RETURN p.id AS id, p.title AS name, direct_span, total_span, layer, lines_up
ORDER BY layer IS NULL, layer, id
