/** Benchmarks: runnable mains that measure the rule book against its plain-Java reference, and the jury assigner against greedy baselines. */
@NullMarked
package org.convoca.examples.bench;

import org.jspecify.annotations.NullMarked;
