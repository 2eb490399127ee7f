/**
 * Second stage: reads facts out of a paper's title and abstract with small, named rules and a curated
 * vocabulary. Pure Java — no database, no network, no LLM — so every rule is unit-tested on sentences.
 */
package io.papergraph.extraction;
