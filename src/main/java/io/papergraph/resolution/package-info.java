/**
 * Third stage: turns the names extraction found into canonical entities with stable ids and aliases, so
 * that "chain-of-thought", "CoT" and "Chain of Thought" are one node.
 */
package io.papergraph.resolution;
