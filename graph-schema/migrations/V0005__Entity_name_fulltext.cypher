// Search and autocomplete over entity names and aliases: GET /search, GET /autocomplete.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Method|Benchmark|Model|Concept) ON EACH [n.name, n.aliases];
