/** Test support shared by the test packages: graph fingerprints, write access, clean-up. */
package io.papergraph.testing;
