package org.convoca.outcome;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.Json;
import org.convoca.jury.Jury;

/**
 * The dossier as canonical JSON: the same bytes for the same content, whatever the order of its
 * keys and of its unordered lists.
 *
 * <ul>
 *   <li>Object keys are sorted at every level.
 *   <li>The lists that are sets — {@code governments}, {@code courses}, {@code people},
 *       {@code proposals}, the jury's {@code jurors} (by id), and {@code completions},
 *       {@code progressReports}, the jury's {@code scores} and {@code overrides} (by their canonical
 *       text) — are sorted. Other lists keep their order, because it means something (criteria,
 *       tie-break steps, a proposal's themes).
 *   <li>Decimals are written plain, without trailing zeros ({@code 50.0} as {@code 50}).
 *   <li>Compact: no spaces or line breaks; UTF-8.
 * </ul>
 */
public final class CanonicalDossier {

  private static final ObjectWriter CANONICAL = ((JsonMapper) Json.mapper()).rebuild()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.INDENT_OUTPUT)
      .addModule(new SimpleModule("convoca-canonical-decimals").addSerializer(BigDecimal.class, new PlainDecimal()))
      .build()
      .writer();

  private CanonicalDossier() {}

  /** The canonical JSON bytes of {@code dossier}, UTF-8. */
  public static byte[] bytes(Dossier dossier) {
    Jury jury = dossier.jury();
    Dossier sorted = dossier
        .withGovernments(byId(dossier.governments(), g -> g.id().value()))
        .withCourses(byId(dossier.courses(), c -> c.id().value()))
        .withPeople(byId(dossier.people(), p -> p.id().value()))
        .withProposals(byId(dossier.proposals(), p -> p.id().value()))
        .withCompletions(byText(dossier.completions()))
        .withProgressReports(byText(dossier.progressReports()))
        .withJury(jury.withJurors(byId(jury.jurors(), j -> j.id().value()))
            .withScores(byText(jury.scores()))
            .withOverrides(byText(jury.overrides())));
    try {
      return CANONICAL.writeValueAsBytes(sorted);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical JSON of {@code dossier}, as a tree. */
  public static JsonNode tree(Dossier dossier) {
    try {
      return Json.mapper().readTree(bytes(dossier));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> byId(List<T> list, Function<T, String> id) {
    List<T> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparing(id));
    for (int i = 1; i < sorted.size(); i++) {
      if (id.apply(sorted.get(i - 1)).equals(id.apply(sorted.get(i)))) {
        return byText(sorted, id);
      }
    }
    return sorted;
  }

  private static <T> List<T> byText(List<T> list) {
    return byText(list, t -> "");
  }

  private static <T> List<T> byText(List<T> list, Function<T, String> first) {
    record Keyed<T>(String first, String text, T value) {}
    List<Keyed<T>> keyed = new ArrayList<>();
    for (T t : list) {
      keyed.add(new Keyed<>(first.apply(t), text(t), t));
    }
    keyed.sort(Comparator.comparing((Keyed<T> k) -> k.first()).thenComparing(Keyed::text));
    return keyed.stream().map(Keyed::value).toList();
  }

  private static String text(Object value) {
    try {
      return new String(CANONICAL.writeValueAsBytes(value), UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a decimal plain and without trailing zeros, so that 50, 50.0 and 5E+1 read alike. */
  private static final class PlainDecimal extends StdSerializer<BigDecimal> {

    PlainDecimal() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
    }
  }
}
