package org.convoca.outcome;

import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.language.Wording;
import org.jspecify.annotations.Nullable;

/**
 * A Markdown document written in one language, with its words from one family of bundles: the
 * document being written, its phrases, its headings and its tables' headers. Each instance writes
 * one document.
 */
abstract class BundledMarkdown {

  private final StringBuilder md = new StringBuilder();
  private final Wording wording;
  private final Messages texts;
  private final Language language;

  BundledMarkdown(Messages texts, Language language) {
    this.texts = texts;
    this.language = language;
    this.wording = Wording.in(language);
  }

  /** {@return the document written so far, to write on} */
  final StringBuilder md() {
    return md;
  }

  /** {@return how the language writes numbers} */
  final Wording wording() {
    return wording;
  }

  /** {@return the phrase of {@code key} with {@code args}, which are already Markdown, in its placeholders} */
  final String t(String key, @Nullable Object... args) {
    return texts.format(language, key, args);
  }

  /** Writes the second-level heading of {@code key}. */
  final void heading(String key) {
    md.append("## ").append(t(key)).append("\n\n");
  }

  /** Writes a table's header: the cells of {@code keys}, then the {@code rule} line that aligns the columns. */
  final void head(String rule, String... keys) {
    for (String key : keys) {
      md.append("| ").append(t(key)).append(' ');
    }
    md.append("|\n").append(rule).append('\n');
  }
}
