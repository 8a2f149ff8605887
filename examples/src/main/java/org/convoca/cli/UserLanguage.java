package org.convoca.cli;

import java.util.Locale;
import org.convoca.language.Language;

/**
 * The language the command talks to its user in: the JVM's default locale (from the environment:
 * {@code LANG}, {@code -Duser.language}) when Convoca has bundles for it, English otherwise. Its
 * usage, its errors and the summary it prints use it; the files it writes use the call's language.
 */
final class UserLanguage {

  private UserLanguage() {}

  /** {@return the user's language, or English when Convoca does not write the user's locale} */
  static Language current() {
    Locale locale = Locale.getDefault();
    if (locale.getLanguage().isEmpty()) {
      return Language.ENGLISH;
    }
    Language language = Language.of(locale.getLanguage());
    return language.isWritten() ? language : Language.ENGLISH;
  }
}
