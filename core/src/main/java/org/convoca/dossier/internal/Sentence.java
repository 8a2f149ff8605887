package org.convoca.dossier.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.jspecify.annotations.Nullable;

/**
 * What a reader says about an input's problem, as data: the key of its sentence in a family of
 * bundles and the values put into it, so that it can be written in any language Convoca writes. An
 * argument that is itself a {@code Sentence} (the name of a JSON type, a value cut short, "line 3")
 * is written in the same language first. A text that comes whole from a library (Jackson's
 * description of a syntax error) is a {@link #literal}, the same in every language. The readers of
 * dossiers, published outcomes and selection files word their problems this way.
 *
 * <p>Values from the input are put in as they are written there, already made safe to show: they
 * are never written again in the language's conventions, so that the author finds them in the file
 * as the message quotes them. Instances are immutable and compared by family, key and arguments.
 *
 * @param family the bundles of the sentence, or null for a literal
 * @param key the sentence's key in {@code family}, or empty for a literal, whose one argument is the text
 * @param arguments the values of the sentence's placeholders, in order: strings, whole numbers
 *     (counts and limits, written with the language's separators) and sentences
 */
public record Sentence(@Nullable Messages family, String key, List<Object> arguments) {

  /**
   * Checks the key and copies the arguments.
   *
   * @param family the bundles of the sentence, or null for a literal
   * @param key the sentence's key in {@code family}, or empty for a literal
   * @param arguments the values of the sentence's placeholders, in order; none null
   */
  public Sentence {
    requireNonNull(key, "'key' must not be null");
    arguments = List.copyOf(arguments);
  }

  /**
   * {@return the sentence {@code key} of {@code family} with {@code arguments} in it}
   *
   * @param family the bundles that hold the sentence
   * @param key the sentence's key
   * @param arguments the values of its placeholders, in order
   */
  public static Sentence of(Messages family, String key, Object... arguments) {
    return new Sentence(requireNonNull(family, "'family' must not be null"), key, Arrays.asList(arguments));
  }

  /**
   * {@return a text that is the same in every language: {@code text} as it is}
   *
   * @param text the text
   */
  public static Sentence literal(String text) {
    return new Sentence(null, "", List.of(text));
  }

  /**
   * {@return the sentence written in {@code language}; English for a language Convoca does not write}
   *
   * @param language the language to write in
   */
  public String in(Language language) {
    if (family == null) {
      return (String) arguments.get(0);
    }
    Object[] written = new Object[arguments.size()];
    for (int i = 0; i < written.length; i++) {
      Object argument = arguments.get(i);
      written[i] = argument instanceof Sentence sentence ? sentence.in(language) : argument;
    }
    return family.format(language, key, written);
  }
}
