// members: a body's members, chairs and co-chairs, with how each is linked.
// Parameters: $body (string): a body id, e.g. :param body => 'nwuhg-group-board'
//             $as_of (date or null): only what is valid on that day (null: everything),
//   e.g. :param as_of => date('2026-04-01')
// Columns: id, name, label, relation, role, source, evidence (chairs first, then by id)

MATCH (b:Body {id: $body})<-[r:MEMBER_OF|CHAIRS]-(m)
// valid on $as_of: valid_from <= $as_of <= valid_to (DATE values; a missing one is open)
WHERE all(v IN [b, r, m] WHERE coalesce(v.valid_from <= $as_of, true) AND coalesce(v.valid_to >= $as_of, true))
RETURN m.id AS id, coalesce(m.title, m.name) AS name, labels(m)[0] AS label,
       type(r) AS relation, r.role AS role, r.source AS source, r.evidence AS evidence
ORDER BY relation <> 'CHAIRS', id, evidence
