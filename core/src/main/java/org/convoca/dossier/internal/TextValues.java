package org.convoca.dossier.internal;

import org.jspecify.annotations.Nullable;

/**
 * A parser that remembers, for each text it reads, the value a deserializer read from it last, so
 * that a reading that shares values ({@link Json#sharingValues}) finds the value of an id or a day
 * met again without looking its text up. Only the parser's current token counts.
 */
public interface TextValues {

  /**
   * The value that {@code reader} read last from the text of the current token, or null when it
   * read none, or the current token's text is not remembered.
   *
   * @param reader the deserializer, compared by identity
   * @return the value that {@code reader} read last from the text of the current token, or null
   */
  @Nullable Object valueRead(Object reader);

  /**
   * Remembers that {@code reader} read {@code value} from the text of the current token; does
   * nothing when that text is not remembered.
   *
   * @param reader the deserializer, compared by identity
   * @param value what it read
   */
  void rememberValue(Object reader, Object value);
}
