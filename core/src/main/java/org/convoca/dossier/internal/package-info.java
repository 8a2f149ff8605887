/**
 * Not API: the configured Jackson mapper that core's readers and writers share. Nothing here is
 * meant for applications, and a module descriptor should not export it; its types may change in
 * any release.
 */
@NullMarked
package org.convoca.dossier.internal;

import org.jspecify.annotations.NullMarked;
