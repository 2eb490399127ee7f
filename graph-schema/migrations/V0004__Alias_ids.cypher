// Entities can be looked up by the slug of any alias (GET /methods/cot answers with chain-of-thought).
CREATE INDEX method_alias_ids IF NOT EXISTS FOR (n:Method) ON (n.aliasIds);
CREATE INDEX benchmark_alias_ids IF NOT EXISTS FOR (n:Benchmark) ON (n.aliasIds);
CREATE INDEX model_alias_ids IF NOT EXISTS FOR (n:Model) ON (n.aliasIds);
CREATE INDEX concept_alias_ids IF NOT EXISTS FOR (n:Concept) ON (n.aliasIds);
