package org.convoca.outcome;

import java.util.regex.Pattern;

/**
 * Text from a dossier made inert for the Markdown report: once escaped it renders, in any
 * CommonMark or GitHub-flavoured renderer, as the same text on one line, and cannot change the
 * report's structure. Every text the report takes from the dossier or the rule book goes through
 * {@link #escape}; only the report's own words, numbers and enum names do not.
 *
 * <p>What is escaped, and why:
 * <ul>
 *   <li>{@code &}, {@code <} and {@code >} become {@code &amp;}, {@code &lt;} and {@code &gt;}:
 *       no raw HTML (a {@code <script>} or an {@code <img onerror>}), no autolink, no blockquote.
 *   <li>Line breaks (CR, LF) become spaces, and surrounding white space is dropped: a text cannot
 *       start a new line, so it cannot start a heading, a list, a table row or a code block.
 *   <li>{@code |} becomes {@code \|}: a text cannot add cells to a table row.
 *   <li>{@code [} and {@code ]} are escaped: no link, image, footnote or link definition.
 *   <li>{@code `}, {@code *}, {@code _}, {@code ~} and {@code $} are escaped: no code span that
 *       would swallow the report's own markup, and no emphasis, strikethrough or maths that would
 *       change how the text reads. {@code \} is escaped so that it cannot escape the report's markup.
 *   <li>At the start of the text, {@code #}, {@code -}, {@code +} and {@code =}, and the {@code .} or
 *       {@code )} after leading digits, are escaped: in a bullet such as a note or a tie, the text
 *       sits at the start of a list item, where they would make a heading, a nested list, a
 *       thematic break or an ordered list.
 * </ul>
 * Bare web addresses stay as they are: some renderers make them links, but the reader sees the
 * address itself. Control characters other than line breaks are refused when a dossier is read.
 */
final class MarkdownText {

  private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\n]");
  private static final Pattern ORDERED_LIST_MARKER = Pattern.compile("^(\\d+)([.)])(?=\\s|$)");
  private static final String BLOCK_STARTS = "#-+=";

  private MarkdownText() {}

  /** {@code text} as Markdown that renders as that text on one line; never null. */
  static String escape(String text) {
    // The patterns run only on text they can change: most text has no line break and starts with no digit.
    String line = (text.indexOf('\r') < 0 && text.indexOf('\n') < 0 ? text : LINE_BREAKS.matcher(text).replaceAll(" ")).strip();
    StringBuilder md = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> md.append("&amp;");
        case '<' -> md.append("&lt;");
        case '>' -> md.append("&gt;");
        case '\\', '|', '[', ']', '`', '*', '_', '~', '$' -> md.append('\\').append(c);
        default -> {
          if (i == 0 && BLOCK_STARTS.indexOf(c) >= 0) {
            md.append('\\');
          }
          md.append(c);
        }
      }
    }
    boolean digitFirst = md.length() > 0 && md.charAt(0) >= '0' && md.charAt(0) <= '9';
    return digitFirst ? ORDERED_LIST_MARKER.matcher(md).replaceFirst("$1\\\\$2") : md.toString();
  }

  /** The escaped text of {@code value}'s {@code toString()}, for ids and other small values. */
  static String escape(Object value) {
    return escape(value.toString());
  }
}
