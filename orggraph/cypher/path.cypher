// path: every shortest path between two nodes over the chosen relationship types, in
// either direction, one row per hop, each with the relationship as its sentence reads
// and its evidence. Where two nodes are joined by several relationships, the hop shows
// the first by type, start id, source and evidence.
// Parameters: $a (string), $b (string): node ids,
//   e.g. :param a => 'nw-icb-deputy-medical-director'  and  :param b => 'nw-icb'
//             $relations (list of strings): the types to travel over (all, for every type)
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: path, step, from_id, from_name, type, to_id, to_name, source, evidence

MATCH (a) WHERE (a:Post OR a:Body OR a:Person) AND a.id = $a
MATCH (b) WHERE (b:Post OR b:Body OR b:Person) AND b.id = $b
MATCH p = allShortestPaths((a)-[*]-(b))
// valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
// (each predicate on one node or one relationship, so the search checks it as it goes)
WHERE all(v IN relationships(p) WHERE type(v) IN $relations AND coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  AND all(v IN nodes(p) WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
WITH DISTINCT nodes(p) AS ns, [n IN nodes(p) | n.id] AS ids
ORDER BY ids
WITH collect(ns) AS walks
UNWIND range(0, size(walks) - 1) AS w
WITH w + 1 AS path, walks[w] AS ns
UNWIND range(1, size(ns) - 1) AS step
WITH path, step, ns[step - 1] AS x, ns[step] AS y
CALL (x, y) {
  MATCH (x)-[r]-(y) WHERE type(r) IN $relations AND all(v IN [r] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  WITH r, startNode(r) AS s, endNode(r) AS e
  RETURN s, e, r ORDER BY type(r), s.id, r.source, r.evidence LIMIT 1
}
RETURN path, step, s.id AS from_id, coalesce(s.title, s.name) AS from_name, type(r) AS type,
       e.id AS to_id, coalesce(e.title, e.name) AS to_name, r.source AS source,
       r.evidence AS evidence
ORDER BY path, step
