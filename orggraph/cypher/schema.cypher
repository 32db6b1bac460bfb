// schema: uniqueness constraints on the ids of Post, Body and Person, the indexes the
// named queries and analysts use, and full-text indexes over the evidence (the quote each
// fact rests on). Idempotent (IF NOT EXISTS); Community edition has no node keys.
// Full text, e.g. every fact whose quote mentions deputise (deputise, deputises, ...):
//   CALL db.index.fulltext.queryRelationships('relationship_evidence', 'deputis*')
//   YIELD relationship AS r, score
//   RETURN startNode(r).id, type(r), endNode(r).id, r.evidence ORDER BY score DESC
// Parameters: none
// Columns: none

CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE INDEX body_kind IF NOT EXISTS FOR (n:Body) ON (n.kind);
CREATE INDEX body_name IF NOT EXISTS FOR (n:Body) ON (n.name);
CREATE INDEX post_title IF NOT EXISTS FOR (n:Post) ON (n.title);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE FULLTEXT INDEX node_evidence IF NOT EXISTS FOR (n:Post|Body|Person) ON EACH [n.evidence];
CREATE FULLTEXT INDEX relationship_evidence IF NOT EXISTS
  FOR ()-[r:ACCOUNTABLE_TO|RESPONSIBLE_TO|REPORTS_TO|DEPUTISES_FOR|MEMBER_OF|CHAIRS|WORKS_WITH|POST_IN|PART_OF|HOLDS|SUPPORTS|ADVISES|PROFESSIONAL_LEAD_FOR|SECONDED_TO|REPLACES|MERGES_INTO]-()
  ON EACH [r.evidence];
// Bookkeeping of the loader (see orggraph.neo4j.store.load_records): a load's staged nodes
// are found by id while its relationships are created, and its load record by id.
CREATE INDEX orggraph_staged_id IF NOT EXISTS FOR (n:OrggraphStaged) ON (n.id);
CREATE INDEX orggraph_load_id IF NOT EXISTS FOR (n:OrggraphLoad) ON (n.id);
