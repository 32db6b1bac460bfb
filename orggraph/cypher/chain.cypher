// chain: every accountability chain from a post up to the top, one row per step. A post
// with two lines gets one chain per path; a chain stops at a body or at a post that
// answers to nobody further. organisation is the nearest body labelled Organisation
// (through POST_IN and PART_OF); crosses is true where a step is in another organisation
// than the step before.
// Parameters: $post (string): a post id, e.g. :param post => 'mpct-head-learning-disability-partnership'
//             $relations (list of strings): the line types,
//   e.g. :param relations => ['ACCOUNTABLE_TO', 'RESPONSIBLE_TO', 'REPORTS_TO']
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: chain, step, id, name, via, organisation, crosses

MATCH (start:Post {id: $post})
// valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
WHERE all(v IN [start] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
MATCH walk = (start) ((a:Post)-[x]->(b) WHERE type(x) IN $relations AND a <> b
                      AND all(v IN [x, b] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)))* (top)
WHERE NOT any(i IN range(0, size(nodes(walk)) - 2)
              WHERE nodes(walk)[i] IN nodes(walk)[i + 1..])
  AND ((top:Body AND top <> start)
       OR NOT EXISTS { MATCH (top)-[w]->(o) WHERE type(w) IN $relations AND NOT o IN nodes(walk)
                       AND all(v IN [w, o] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)) })
WITH DISTINCT nodes(walk) AS ns, [n IN nodes(walk) | n.id] AS ids
ORDER BY ids
WITH collect(ns) AS walks
UNWIND range(0, size(walks) - 1) AS w
WITH w + 1 AS chain, walks[w] AS ns
UNWIND range(0, size(ns) - 1) AS step
WITH chain, step, ns[step] AS n, CASE WHEN step > 0 THEN ns[step - 1] END AS prev
CALL (n, prev) {
  OPTIONAL MATCH (prev)-[r]->(n) WHERE type(r) IN $relations AND all(v IN [r] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  WITH DISTINCT type(r) AS t ORDER BY t
  WITH collect(t) AS types
  RETURN CASE size(types) WHEN 0 THEN null
         ELSE reduce(s = head(types), t IN tail(types) | s + ',' + t) END AS via
}
CALL (n) {
  OPTIONAL MATCH up = (n)-[:POST_IN|PART_OF*0..]->(o:Organisation)
  WHERE all(v IN nodes(up) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
    AND all(v IN relationships(up) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  RETURN o.id AS organisation ORDER BY length(up), organisation LIMIT 1
}
WITH chain, step, n, via, organisation ORDER BY chain, step
WITH chain, collect({step: step, n: n, via: via, org: organisation}) AS steps
UNWIND steps AS s
WITH chain, s, [x IN steps WHERE x.step < s.step AND x.org IS NOT NULL | x.org] AS before
RETURN chain, s.step AS step, s.n.id AS id, coalesce(s.n.title, s.n.name) AS name,
       s.via AS via, s.org AS organisation,
       s.step > 0 AND s.org IS NOT NULL AND size(before) > 0 AND s.org <> before[-1] AS crosses
ORDER BY chain, step
