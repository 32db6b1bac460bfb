// cover_gaps: where cover is missing. gap is 'no deputy' (a post with reports or a seat
// on a body, and nobody deputising), 'single point of failure' (a post whose only deputy
// has no deputy) or 'chair without deputy' (id is the body, post_id its chair). $body
// keeps the posts in that body and the bodies within it (null: every post).
// Parameters: $body (string or null): a body id, e.g. :param body => null
//             $relations (list of strings): the line types that make reports,
//   e.g. :param relations => ['ACCOUNTABLE_TO', 'RESPONSIBLE_TO', 'REPORTS_TO']
// Columns: gap, id, name, post_id, post_name, reason

CALL () {
  MATCH (p:Post)
  WHERE $body IS NULL
     OR EXISTS { (p)-[:POST_IN]->(:Body)-[:PART_OF*0..]->(:Body {id: $body}) }
  // Each deputy comes with whether anyone deputises for it, checked from the bound deputy
  // (a degree check), so the query stays linear in the posts.
  WITH p,
       EXISTS { MATCH (q:Post)-[x]->(p) WHERE type(x) IN $relations AND q <> p } AS reports,
       EXISTS { (p)-[:MEMBER_OF|CHAIRS]->() } AS seats,
       COLLECT { MATCH (d)-[:DEPUTISES_FOR]->(p)
                 RETURN DISTINCT {id: d.id, covered: EXISTS { ()-[:DEPUTISES_FOR]->(d) }} } AS deps
  WHERE (size(deps) = 0 AND (reports OR seats))
     OR (size(deps) = 1 AND NOT deps[0].covered)
  RETURN CASE size(deps) WHEN 0 THEN 'no deputy' ELSE 'single point of failure' END AS gap,
         p.id AS id, p.title AS name, p.id AS post_id, p.title AS post_name,
         CASE WHEN size(deps) = 1 THEN 'only deputy ' + deps[0].id + ' has no deputy'
              WHEN reports AND seats THEN 'has reports and has a seat'
              WHEN reports THEN 'has reports'
              ELSE 'has a seat' END AS reason
  UNION ALL
  MATCH (u:Post)-[:CHAIRS]->(b:Body)
  WHERE ($body IS NULL
         OR EXISTS { (u)-[:POST_IN]->(:Body)-[:PART_OF*0..]->(:Body {id: $body}) })
    AND NOT EXISTS { MATCH ()-[:DEPUTISES_FOR]->(u) }
  WITH DISTINCT b, u
  RETURN 'chair without deputy' AS gap, b.id AS id, b.name AS name, u.id AS post_id,
         u.title AS post_name, 'the chair has no deputy' AS reason
}
RETURN gap, id, name, post_id, post_name, reason
ORDER BY gap, id, post_id
