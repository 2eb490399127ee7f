/** Configuration of papergraph: one {@code @ConfigMapping} and the config source that picks the embedded Bolt port. */
package io.papergraph.config;
