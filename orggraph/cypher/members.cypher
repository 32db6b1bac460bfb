// members: a body's members, chairs and co-chairs, with how each is linked.
// Parameters: $body (string): a body id, e.g. :param body => 'nwuhg-group-board'
// Columns: id, name, label, relation, role, source, evidence (chairs first, then by id)

MATCH (b:Body {id: $body})<-[r:MEMBER_OF|CHAIRS]-(m)
RETURN m.id AS id, coalesce(m.title, m.name) AS name, labels(m)[0] AS label,
       type(r) AS relation, r.role AS role, r.source AS source, r.evidence AS evidence
ORDER BY relation <> 'CHAIRS', id, evidence
