package org.convoca.language;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * A language Convoca writes in, named by a BCP 47 tag such as {@code es}, {@code es-AR} or
 * {@code en}. The tag chooses the message bundles (an {@code es-AR} text comes from the
 * {@code _es_AR} bundle when there is one, else from {@code _es}, else from the English root
 * bundle) and the conventions of numbers, money and dates ({@link Wording}). Two languages are
 * equal when their tags are.
 */
public final class Language {

  /** English, the language of every root bundle, and of a call that names none. */
  public static final Language ENGLISH = new Language(Locale.ENGLISH);

  /** Spanish. */
  public static final Language SPANISH = new Language(Locale.forLanguageTag("es"));

  private final Locale locale;

  private Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The language of {@code tag}.
   *
   * @param tag a well-formed BCP 47 tag with a language subtag, such as {@code es} or {@code es-AR}
   * @return the language
   * @throws IllegalArgumentException when {@code tag} is not well-formed BCP 47 or names no language
   */
  @JsonCreator
  public static Language of(String tag) {
    requireNonNull(tag, "'tag' must not be null");
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("'" + tag + "' is not a BCP 47 language tag such as en, es or es-AR", e);
    }
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("'" + tag + "' names no language; a tag starts with one, such as en or es");
    }
    return new Language(locale);
  }

  /**
   * The language of {@code locale}, such as the user's default locale.
   *
   * @param locale the locale; its language must not be empty
   * @return the language
   * @throws IllegalArgumentException when {@code locale} names no language
   */
  public static Language of(Locale locale) {
    requireNonNull(locale, "'locale' must not be null");
    return of(locale.toLanguageTag());
  }

  /** {@return the languages whose bundles Convoca ships: English and Spanish} */
  public static List<Language> shipped() {
    return List.of(ENGLISH, SPANISH);
  }

  /**
   * {@return whether Convoca ships bundles of this language (or of its base language: {@code es-AR}
   * is written from the Spanish bundles), so that its outcome can be written in it} English always is.
   */
  public boolean isWritten() {
    return Wording.speaks(this);
  }

  /** {@return the BCP 47 tag, as {@link Locale#toLanguageTag()} writes it: {@code es-AR}} */
  @JsonValue
  public String tag() {
    return locale.toLanguageTag();
  }

  /** {@return the locale whose conventions numbers and dates follow} */
  public Locale locale() {
    return locale;
  }

  /** {@return whether this is English, whatever the region: the root bundles serve it} */
  public boolean isEnglish() {
    return locale.getLanguage().equals("en");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Language that && tag().equals(that.tag());
  }

  @Override
  public int hashCode() {
    return tag().hashCode();
  }

  @Override
  public String toString() {
    return tag();
  }
}
