// One node per bundled or configured paper list that has been loaded completely, with the hash of its text:
// a restart skips a list whose hash is recorded, and resumes one whose load was interrupted.
CREATE CONSTRAINT corpus_load_id IF NOT EXISTS FOR (n:CorpusLoad) REQUIRE n.id IS UNIQUE;
