/**
 * Last stage: the REST API. Resources validate input (problem+json on any error), call the graph
 * queries and return their read models; nothing here sees a driver type or builds Cypher.
 */
package io.papergraph.api;
