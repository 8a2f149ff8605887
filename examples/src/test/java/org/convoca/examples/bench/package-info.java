/**
 * Benchmarks: runnable mains that measure the library against a plain baseline in the same run (the
 * rule book against its plain-Java reference, the severity fit against plain means, the jury assigner
 * against greedy baselines).
 */
@NullMarked
package org.convoca.examples.bench;

import org.jspecify.annotations.NullMarked;
