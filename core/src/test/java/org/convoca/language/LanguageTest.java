package org.convoca.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void readsBcp47Tags() {
    assertThat(Language.of("es-AR").tag()).isEqualTo("es-AR");
    assertThat(Language.of("es-ar")).isEqualTo(Language.of("es-AR"));
    assertThat(Language.of("en")).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.forLanguageTag("es"))).isEqualTo(Language.SPANISH);
  }

  @Test
  void refusesWhatIsNotATag() {
    assertThatThrownBy(() -> Language.of("spanish!")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'spanish!' is not a BCP 47 language tag");
    assertThatThrownBy(() -> Language.of("x-private")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names no language");
  }

  @Test
  void isWrittenWhenConvocaShipsItsBundles() {
    assertThat(Language.ENGLISH.isWritten()).isTrue();
    assertThat(Language.of("en-GB").isWritten()).isTrue();
    assertThat(Language.of("es-AR").isWritten()).isTrue();
    assertThat(Language.of("fr").isWritten()).isFalse();
  }
}
