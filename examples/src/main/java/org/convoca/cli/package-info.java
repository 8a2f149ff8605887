/** The {@code convoca} command-line tool: assess, explain, validate and list rules. */
@NullMarked
package org.convoca.cli;

import org.jspecify.annotations.NullMarked;
