// schema: uniqueness constraints on the ids of Post, Body and Person, and the indexes
// the named queries use. Idempotent (IF NOT EXISTS); Community edition has no node keys.
// Parameters: none
// Columns: none

CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE INDEX body_kind IF NOT EXISTS FOR (n:Body) ON (n.kind);
CREATE INDEX post_title IF NOT EXISTS FOR (n:Post) ON (n.title);
// Bookkeeping of the loader (see orggraph.neo4j.store.load_records): a load's staged nodes
// are found by id while its relationships are created, and its load record by id.
CREATE INDEX orggraph_staged_id IF NOT EXISTS FOR (n:OrggraphStaged) ON (n.id);
CREATE INDEX orggraph_load_id IF NOT EXISTS FOR (n:OrggraphLoad) ON (n.id);
