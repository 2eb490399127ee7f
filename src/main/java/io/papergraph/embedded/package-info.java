/**
 * The embedded Neo4j: started in-process, with Bolt on 127.0.0.1, when no external server is configured.
 * Everything else reaches it through the driver only.
 */
package io.papergraph.embedded;
