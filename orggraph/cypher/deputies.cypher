// deputies: who deputises for a post, and who covers them in turn ("who covers the cover").
// One row per (deputy, post covered); cycle is true where the deputy is already at or above
// the post it covers (the chain loops back).
// Parameters: $post (string): a post id, e.g. :param post => 'nchc-chief-medical-officer'
// Columns: depth, id, name, covers_id, covers_name, cycle

MATCH (start:Post {id: $post})
MATCH chain = (n:Post)-[:DEPUTISES_FOR*0..]->(start)
WITH start, n, min(length(chain)) AS dist
MATCH (d:Post)-[:DEPUTISES_FOR]->(n)
WITH DISTINCT start, n, dist, d
MATCH back = (d)-[:DEPUTISES_FOR*0..]->(start)
WITH n, dist, d, min(length(back)) AS ddist
RETURN dist + 1 AS depth, d.id AS id, d.title AS name, n.id AS covers_id,
       n.title AS covers_name, ddist <= dist AS cycle
ORDER BY depth, covers_id, id
