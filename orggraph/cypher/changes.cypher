// changes: dated events, or what the graph gains and loses between two dates. Without
// both dates: 'starts' (valid_from) and 'ends' (valid_to) events within the dates given.
// With both: 'gained' (valid on $to, not on $from; dated by valid_from) and 'lost'
// (dated by valid_to). Dates may be partial (2025, 2025-05); valid_to is inclusive.
// Parameters: $from (string or null), $to (string or null): ISO dates, $from not after $to,
//   e.g. :param from => '2026-03-01'  and  :param to => '2026-05-01'
// Columns: date, event, kind, id, name, source, evidence

CALL () {
  MATCH (n)
  WHERE (n:Post OR n:Body OR n:Person) AND (n.valid_from IS NOT NULL OR n.valid_to IS NOT NULL)
  RETURN 'node' AS kind, n.id AS id, coalesce(n.title, n.name) AS name, n.valid_from AS vf,
         n.valid_to AS vt, n.source AS source, n.evidence AS evidence
  UNION ALL
  MATCH (a:Post|Body|Person)-[e]->(b)
  WHERE e.valid_from IS NOT NULL OR e.valid_to IS NOT NULL
  RETURN 'relationship' AS kind, a.id + ' ' + type(e) + ' ' + b.id AS id,
         coalesce(a.title, a.name) + ' ' + type(e) + ' ' + coalesce(b.title, b.name) AS name,
         e.valid_from AS vf, e.valid_to AS vt, e.source AS source, e.evidence AS evidence
}
// valid on a day: valid_from <= the day and the day <= valid_to, comparing the day cut to
// the length of the (possibly partial) date
WITH kind, id, name, vf, vt, source, evidence,
     CASE WHEN $from IS NULL OR $to IS NULL THEN null ELSE
       (vf IS NULL OR vf <= substring($from, 0, size(vf)))
       AND (vt IS NULL OR substring($from, 0, size(vt)) <= vt) END AS before,
     CASE WHEN $from IS NULL OR $to IS NULL THEN null ELSE
       (vf IS NULL OR vf <= substring($to, 0, size(vf)))
       AND (vt IS NULL OR substring($to, 0, size(vt)) <= vt) END AS after
UNWIND [['starts', vf, 'gained'], ['ends', vt, 'lost']] AS ev
WITH kind, id, name, source, evidence, before, after, ev[1] AS date,
     CASE WHEN before IS NULL THEN ev[0] ELSE ev[2] END AS event
WHERE date IS NOT NULL
  AND CASE
        WHEN before IS NULL THEN
          ($from IS NULL OR substring($from, 0, size(date)) <= date)
          AND ($to IS NULL OR date <= substring($to, 0, size(date)))
        WHEN event = 'gained' THEN after AND NOT before
        ELSE before AND NOT after
      END
RETURN date, event, kind, id, name, source, evidence
ORDER BY date, event, kind, id
