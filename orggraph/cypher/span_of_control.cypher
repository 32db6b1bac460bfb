// span_of_control: one post's direct reports, total reports beneath (every level, each
// post once even when reached by two lines), layers beneath (the longest line down),
// and the list of direct reports. Only post-to-post lines count.
// Parameters: $post (string): a post id, e.g. :param post => 'mpct-director-of-operations'
//             $relations (list of strings): the line types,
//   e.g. :param relations => ['ACCOUNTABLE_TO', 'RESPONSIBLE_TO', 'REPORTS_TO']
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: id, name, direct_span (null when none), total_span, layers_beneath, reports

MATCH (p:Post {id: $post})
// valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
WHERE all(v IN [p] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
OPTIONAL MATCH (r:Post)-[x]->(p)
WHERE type(x) IN $relations AND r <> p AND all(v IN [r, x] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
WITH p, r ORDER BY r.id
WITH p, collect(DISTINCT r) AS direct
OPTIONAL MATCH (d:Post) ((c:Post)-[y]->(e:Post)
                         WHERE type(y) IN $relations AND all(v IN [c, y, e] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)))+ (p)
WHERE d <> p
WITH p, direct, count(DISTINCT d) AS total, max(size(y)) AS deepest
RETURN p.id AS id, p.title AS name,
       CASE size(direct) WHEN 0 THEN null ELSE size(direct) END AS direct_span,
       total AS total_span, coalesce(deepest, 0) AS layers_beneath,
       [r IN direct | {id: r.id, name: r.title}] AS reports
