/** Benchmarks: runnable mains that measure the rule book against its plain-Java reference. */
@NullMarked
package org.convoca.examples.bench;

import org.jspecify.annotations.NullMarked;
