// Alias lookups as an index seek: a list property cannot be searched by element through a range index,
// so every entity also carries its alias ids as one delimited string ("|cot|chain-of-thought|") under a
// text index, which serves CONTAINS. Replaces the range indexes of V0004.
DROP INDEX method_alias_ids IF EXISTS;
DROP INDEX benchmark_alias_ids IF EXISTS;
DROP INDEX model_alias_ids IF EXISTS;
DROP INDEX concept_alias_ids IF EXISTS;
CREATE TEXT INDEX method_alias_key IF NOT EXISTS FOR (n:Method) ON (n.aliasKey);
CREATE TEXT INDEX benchmark_alias_key IF NOT EXISTS FOR (n:Benchmark) ON (n.aliasKey);
CREATE TEXT INDEX model_alias_key IF NOT EXISTS FOR (n:Model) ON (n.aliasKey);
CREATE TEXT INDEX concept_alias_key IF NOT EXISTS FOR (n:Concept) ON (n.aliasKey);
