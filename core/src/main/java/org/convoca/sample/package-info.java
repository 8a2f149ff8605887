/** Seeded generators of realistic, internally consistent dossiers for tests, examples and benchmarks. */
@NullMarked
package org.convoca.sample;

import org.jspecify.annotations.NullMarked;
