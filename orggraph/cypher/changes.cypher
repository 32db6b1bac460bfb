// changes: dated events, or what the graph gains and loses between two dates. Without
// both dates: 'starts' (valid_from) and 'ends' (valid_to) events within the dates given
// (a partial date is within when any of its days is). With both: 'gained' (valid on $to,
// not on $from; dated by valid_from) and 'lost' (dated by valid_to). valid_from and
// valid_to are DATE values (the first and last day of a partial date); date is the
// date as written (valid_from_text, valid_to_text).
// Parameters: $from (date or null), $to (date or null): $from not after $to,
//   e.g. :param from => date('2026-03-01')  and  :param to => date('2026-05-01')
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: date, event, kind, id, name, source, evidence

CALL () {
  MATCH (n)
  // valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
  WHERE (n:Post OR n:Body OR n:Person) AND (n.valid_from IS NOT NULL OR n.valid_to IS NOT NULL)
    AND all(v IN [n] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  RETURN 'node' AS kind, n.id AS id, coalesce(n.title, n.name) AS name, n AS item,
         n.source AS source, n.evidence AS evidence
  UNION ALL
  MATCH (a:Post|Body|Person)-[e]->(b)
  WHERE (e.valid_from IS NOT NULL OR e.valid_to IS NOT NULL) AND all(v IN [a, e, b] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
  RETURN 'relationship' AS kind, a.id + ' ' + type(e) + ' ' + b.id AS id,
         coalesce(a.title, a.name) + ' ' + type(e) + ' ' + coalesce(b.title, b.name) AS name,
         e AS item, e.source AS source, e.evidence AS evidence
}
WITH kind, id, name, source, evidence, item,
     CASE WHEN $from IS NULL OR $to IS NULL THEN null ELSE
       coalesce(item.valid_from <= $from, true) AND coalesce(item.valid_to >= $from, true)
     END AS before,
     CASE WHEN $from IS NULL OR $to IS NULL THEN null ELSE
       coalesce(item.valid_from <= $to, true) AND coalesce(item.valid_to >= $to, true)
     END AS after
UNWIND [['starts', 'valid_from', 'gained'], ['ends', 'valid_to', 'lost']] AS ev
WITH kind, id, name, source, evidence, before, after, item[ev[1]] AS day,
     item[ev[1] + '_text'] AS date, item[ev[1] + '_precision'] AS precision,
     CASE WHEN before IS NULL THEN ev[0] ELSE ev[2] END AS event
// A partial date covers its days: its first is date.truncate(precision, day).
WHERE day IS NOT NULL
  AND CASE
        WHEN before IS NULL THEN
          ($from IS NULL OR date.truncate(precision, day) >= date.truncate(precision, $from))
          AND ($to IS NULL OR date.truncate(precision, day) <= $to)
        WHEN event = 'gained' THEN after AND NOT before
        ELSE before AND NOT after
      END
RETURN date, event, kind, id, name, source, evidence
ORDER BY date, event, kind, id
