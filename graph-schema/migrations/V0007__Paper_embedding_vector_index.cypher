// Semantic search, similar papers and recommendations: a vector index over each paper's embedding of its
// title and abstract (all-MiniLM-L6-v2, 384 dimensions, cosine similarity).
CREATE VECTOR INDEX paper_embedding IF NOT EXISTS FOR (p:Paper) ON (p.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
