/**
 * Not API: the configured Jackson mapper that core's readers and writers share, and that
 * convoca-rules' golden cases read their files with (core exports it to that module alone).
 * Nothing here is meant for applications; its types may change in any release.
 */
@NullMarked
package org.convoca.dossier.internal;

import org.jspecify.annotations.NullMarked;
