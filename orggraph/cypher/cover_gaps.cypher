// cover_gaps: where cover is missing. gap is 'no deputy' (a post with reports or a seat
// on a body, and nobody deputising), 'single point of failure' (a post whose only deputy
// has no deputy) or 'chair without deputy' (id is the body, post_id its chair). $body
// keeps the posts in that body and the bodies within it (null: every post).
// Parameters: $body (string or null): a body id, e.g. :param body => null
//             $relations (list of strings): the line types that make reports,
//   e.g. :param relations => ['ACCOUNTABLE_TO', 'RESPONSIBLE_TO', 'REPORTS_TO']
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: gap, id, name, post_id, post_name, reason (posts by id, then chairs by body)

CALL () {
  MATCH (p:Post)
  // valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
  WHERE all(v IN [p] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
    AND ($body IS NULL
         OR EXISTS { MATCH q = (p)-[:POST_IN]->(:Body)-[:PART_OF*0..]->(:Body {id: $body})
                     WHERE all(v IN nodes(q) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
    AND all(v IN relationships(q) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)) })
  // Each deputy comes with whether anyone deputises for it, checked from the bound deputy
  // (a degree check), so the query stays linear in the posts.
  WITH p,
       EXISTS { MATCH (r:Post)-[x]->(p) WHERE type(x) IN $relations AND r <> p
                AND all(v IN [r, x] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)) } AS reports,
       EXISTS { MATCH (p)-[s:MEMBER_OF|CHAIRS]->(t) WHERE all(v IN [s, t] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)) } AS seats,
       COLLECT { MATCH (d)-[s:DEPUTISES_FOR]->(p) WHERE all(v IN [d, s] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
                 RETURN DISTINCT {id: d.id, covered: EXISTS {
                   MATCH (e)-[t:DEPUTISES_FOR]->(d) WHERE all(v IN [e, t] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)) }} } AS deps
  WHERE (size(deps) = 0 AND (reports OR seats))
     OR (size(deps) = 1 AND NOT deps[0].covered)
  RETURN CASE size(deps) WHEN 0 THEN 'no deputy' ELSE 'single point of failure' END AS gap,
         p.id AS id, p.title AS name, p.id AS post_id, p.title AS post_name,
         CASE WHEN size(deps) = 1 THEN 'only deputy ' + deps[0].id + ' has no deputy'
              WHEN reports AND seats THEN 'has reports and has a seat'
              WHEN reports THEN 'has reports'
              ELSE 'has a seat' END AS reason
  UNION ALL
  MATCH (u:Post)-[c:CHAIRS]->(b:Body)
  WHERE all(v IN [u, c, b] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
    AND ($body IS NULL
         OR EXISTS { MATCH q = (u)-[:POST_IN]->(:Body)-[:PART_OF*0..]->(:Body {id: $body})
                     WHERE all(v IN nodes(q) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
    AND all(v IN relationships(q) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)) })
    AND NOT EXISTS { MATCH (e)-[t:DEPUTISES_FOR]->(u) WHERE all(v IN [e, t] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true)) }
  WITH DISTINCT b, u
  RETURN 'chair without deputy' AS gap, b.id AS id, b.name AS name, u.id AS post_id,
         u.title AS post_name, 'the chair has no deputy' AS reason
}
RETURN gap, id, name, post_id, post_name, reason
// posts by id, then chairs by body and post, as the embedded question orders them
ORDER BY gap = 'chair without deputy', id, post_id
