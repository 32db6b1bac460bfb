// spans_and_layers: for every post with reports, its direct and total span and its layer
// (the shortest line to a top post, plus one; a top post answers to no post). $body keeps
// the posts in that body and the bodies within it (null: every post).
// Parameters: $body (string or null): a body id, e.g. :param body => 'mpct-operations-directorate'
//             $relations (list of strings): the line types,
//   e.g. :param relations => ['ACCOUNTABLE_TO', 'RESPONSIBLE_TO', 'REPORTS_TO']
// Columns: id, name, direct_span, total_span, layer, lines_up

MATCH (p:Post)
WHERE $body IS NULL
   OR EXISTS { (p)-[:POST_IN]->(:Body)-[:PART_OF*0..]->(:Body {id: $body}) }
CALL (p) {
  MATCH (r:Post)-[x]->(p) WHERE type(x) IN $relations AND r <> p
  RETURN count(DISTINCT r) AS direct_span
}
WITH p, direct_span WHERE direct_span > 0
CALL (p) {
  OPTIONAL MATCH (d:Post) ((:Post)-[y]->(:Post) WHERE type(y) IN $relations)+ (p)
  WHERE d <> p
  RETURN count(DISTINCT d) AS total_span
}
CALL (p) {
  OPTIONAL MATCH (p) ((:Post)-[z]->(:Post) WHERE type(z) IN $relations)* (top:Post)
  WHERE NOT EXISTS { MATCH (top)-[w]->(o:Post) WHERE type(w) IN $relations AND o <> top }
  RETURN min(size(z)) + 1 AS layer
}
CALL (p) {
  MATCH (p)-[u]->(m:Post) WHERE type(u) IN $relations AND m <> p
  RETURN count(DISTINCT m) AS lines_up
}
RETURN p.id AS id, p.title AS name, direct_span, total_span, layer, lines_up
ORDER BY layer IS NULL, layer, id
