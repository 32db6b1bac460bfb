// deputies: who deputises for a post, and who covers them in turn ("who covers the cover").
// One row per (deputy, post covered); cycle is true where the deputy is already at or above
// the post it covers (the chain loops back).
// Parameters: $post (string): a post id, e.g. :param post => 'nchc-chief-medical-officer'
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: depth, id, name, covers_id, covers_name, cycle

MATCH (start:Post {id: $post})
// valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
WHERE all(v IN [start] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
MATCH chain = (n:Post)-[:DEPUTISES_FOR*0..]->(start)
WHERE all(v IN nodes(chain) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
    AND all(v IN relationships(chain) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
WITH start, n, min(length(chain)) AS dist
MATCH (d:Post)-[r:DEPUTISES_FOR]->(n)
WHERE all(v IN [d, r] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
WITH DISTINCT start, n, dist, d
MATCH back = (d)-[:DEPUTISES_FOR*0..]->(start)
WHERE all(v IN nodes(back) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
    AND all(v IN relationships(back) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
WITH n, dist, d, min(length(back)) AS ddist
RETURN dist + 1 AS depth, d.id AS id, d.title AS name, n.id AS covers_id,
       n.title AS covers_name, ddist <= dist AS cycle
ORDER BY depth, covers_id, id
