package org.convoca.dossier;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convoca.call.Call;
import org.convoca.dossier.internal.Json;
import org.convoca.jury.Jury;
import org.convoca.value.VisibleText;

/**
 * Changes to a dossier's call written as {@code KEY=VALUE} settings, such as {@code jury.weight=30}
 * or {@code policy.slots=40}: what {@code convoca compare --set} takes. The keys:
 *
 * <ul>
 *   <li>{@code <criterion>.weight}, {@code <criterion>.maxPoints}, {@code <criterion>.threshold}: a
 *       field of the criterion with that id ({@code criteria.<criterion>.<field>} says the same, and
 *       is needed for a criterion whose id is {@code policy}, {@code parameters}, {@code tracks} or
 *       {@code criteria}); {@code threshold=none} removes the threshold;
 *   <li>{@code <criterion>.rankingFactor}: what the criterion's weighted points are multiplied by for
 *       the ranking only; {@code none} removes it;
 *   <li>{@code overallThreshold}; {@code maxTotal} (what the weights and so the totals sum to;
 *       {@code none} removes it, making it 100, and setting it scales the weights no setting names to
 *       the new sum); {@code fundingCeiling} (the amount, in the ceiling's currency);
 *   <li>{@code policy.slots}, {@code policy.totalBudget} (the amount, in the funding ceiling's
 *       currency), {@code policy.perJurisdictionCap}, {@code policy.perGovernmentCap},
 *       {@code policy.minJurisdictions}, {@code policy.waitlistLength}; {@code none} removes the
 *       budget or a cap;
 *   <li>{@code parameters.<name>}: a rule parameter; a number, {@code true} or {@code false}, or
 *       else text ({@code "..."} in double quotes is always text, quotes removed); {@code none}
 *       removes the call's value, so that the parameter's default, if it has one, applies;
 *   <li>{@code tracks.<track>.places}.
 * </ul>
 *
 * <p>A number is written as a plain decimal ({@code 30}, {@code -2}, {@code 12.5}) with at most 30
 * digits on each side of the point; a value that looks like a number in another form ({@code +30},
 * {@code 1e2}) is refused, saying so. In messages, a setting's control characters (a line feed
 * included) are written as escapes (&#92;u000A), so that each problem stays on one line, and a setting
 * longer than 100 characters is cut short.
 *
 * <p>The settings are applied, in order, to the call as JSON, which is then read again by
 * {@link DossierReader} as the call of a dossier: the changed call passes every check a dossier's
 * call passes, and each problem is reported with its JSON path ({@code $.call...}) and the setting
 * that caused it. No key changes what those checks compare with the rest of a dossier (the
 * criteria's and tracks' ids, the score scale, the currency), so the call is read in a dossier of
 * nothing else, and the rest of the dossier is not read again.
 *
 * <p>Weights: the call's weights must sum to 100 (to its {@code maxTotal}, when the call states one;
 * read "100" below as that). When settings change some weights, the weights of
 * the criteria that no setting names are scaled, all by the same factor, so that the sum stays 100;
 * each is rounded to 2 decimals, and the rounding's remainder goes to the largest of them (so that one
 * has more decimals when a weight set does). A note says
 * so ({@link Changed#notes()}). Weights that are moved between criteria (one raised, another lowered
 * by as much) leave the others as they are. When the weights set sum to more than 100, or the others
 * are all 0 and cannot make up the rest, the change is refused; when every criterion is set, nothing
 * is scaled and the sum must be 100.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CallChanges {

  private final List<Setting> settings;

  private CallChanges(List<Setting> settings) {
    this.settings = List.copyOf(settings);
  }

  /** {@return no changes} */
  public static CallChanges none() {
    return new CallChanges(List.of());
  }

  /**
   * The changes that {@code settings} write, each {@code KEY=VALUE}.
   *
   * @param settings the settings, in the order they apply; not null
   * @return the changes
   * @throws InvalidCallChangeException listing each setting that has no {@code =}, no key or no value,
   *     or whose key an earlier setting already set
   */
  public static CallChanges parse(List<String> settings) {
    List<Setting> parsed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, String> keys = new LinkedHashMap<>();
    for (String text : requireNonNull(settings, "settings")) {
      int equals = text.indexOf('=');
      if (equals <= 0 || equals == text.length() - 1) {
        problems.add(shown(text) + ": must be KEY=VALUE, such as jury.weight=30 or policy.slots=40");
        continue;
      }
      String key = text.substring(0, equals).strip();
      String earlier = keys.putIfAbsent(key, text);
      if (earlier != null) {
        problems.add(shown(text) + ": " + shown(key) + " is already set by " + shown(earlier));
        continue;
      }
      parsed.add(new Setting(text, key, text.substring(equals + 1).strip()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCallChangeException(problems);
    }
    return new CallChanges(parsed);
  }

  /** {@return the settings, as given} */
  public List<String> settings() {
    return settings.stream().map(Setting::text).toList();
  }

  /** {@return whether there are no settings} */
  public boolean isEmpty() {
    return settings.isEmpty();
  }

  /**
   * A dossier changed by these settings, read again as a dossier is read.
   *
   * @param dossier the dossier to change; not null
   * @return the changed dossier, with notes on what was done besides the settings (weights scaled)
   * @throws InvalidCallChangeException listing every problem, each starting with the setting it comes
   *     from: a key that names nothing in the call, a value of the wrong kind, or any problem the
   *     dossier's checks find in the changed call, with its JSON path
   */
  public Changed applyTo(Dossier dossier) {
    requireNonNull(dossier, "dossier");
    if (settings.isEmpty()) {
      return new Changed(dossier, List.of());
    }
    // The call alone, in a dossier of nothing else: no key changes what the reader compares the call
    // with in the rest of a dossier (criterion and track ids, the score scale, the currency), so it
    // is checked as in the whole dossier, without reading every proposal again.
    ObjectNode root = Json.mapper().valueToTree(Dossier.builder().call(dossier.call()).jury(Jury.builder().build()).build());
    ObjectNode call = (ObjectNode) root.get("call");
    List<String> problems = new ArrayList<>();
    Map<Setting, CallTarget> targets = new LinkedHashMap<>();
    for (Setting setting : settings) {
      try {
        CallTarget target = CallTarget.of(setting.key(), call);
        target.set(setting.value(), call);
        targets.put(setting, target);
      } catch (IllegalArgumentException e) {
        problems.add(shown(setting.text()) + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCallChangeException(problems);
    }
    List<String> notes = new ArrayList<>();
    try {
      WeightScaling.apply(call, targets.values(), notes);
    } catch (IllegalArgumentException e) {
      throw new InvalidCallChangeException(List.of(weightSettings(targets) + ": " + e.getMessage()));
    }
    try {
      Call changed = DossierReader.standard().read(Json.mapper().writeValueAsString(root)).call();
      return new Changed(dossier.withCall(changed), notes);
    } catch (InvalidDossierException e) {
      throw new InvalidCallChangeException(e.problems().stream().map(p -> causes(p, targets) + ": " + p).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a changed dossier could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The settings whose path holds {@code problem}'s, else all of them, joined by commas. */
  private static String causes(DossierProblem problem, Map<Setting, CallTarget> targets) {
    List<String> named = targets.entrySet().stream()
        .filter(e -> problem.path().equals(e.getValue().path()) || problem.path().startsWith(e.getValue().path() + ".")
            || problem.path().startsWith(e.getValue().path() + "["))
        .map(e -> shown(e.getKey().text())).toList();
    return String.join(", ",
        named.isEmpty() ? targets.keySet().stream().map(setting -> shown(setting.text())).toList() : named);
  }

  private static String weightSettings(Map<Setting, CallTarget> targets) {
    return targets.entrySet().stream().filter(e -> e.getValue().isWeight()).map(e -> shown(e.getKey().text()))
        .collect(Collectors.joining(", "));
  }

  /** {@code text}, cut after 100 characters, with each control character (a line feed included) written as an escape. */
  static String shown(String text) {
    int shownLength = 100;
    StringBuilder shown = new StringBuilder(VisibleText.of(text.substring(0, Math.min(text.length(), shownLength))));
    if (text.length() > shownLength) {
      shown.append("... (").append(text.length()).append(" characters)");
    }
    return shown.toString();
  }

  @Override
  public String toString() {
    return "CallChanges" + settings();
  }

  /**
   * A dossier changed by settings.
   *
   * @param dossier the changed dossier, read and checked
   * @param notes what was done besides the settings, in sentences (weights scaled to keep the sum at 100); may be empty
   */
  public record Changed(Dossier dossier, List<String> notes) {

    /**
     * Checks the dossier is present and copies the notes.
     *
     * @param dossier the changed dossier, read and checked
     * @param notes what was done besides the settings
     */
    public Changed {
      requireNonNull(dossier, "'dossier' must not be null");
      notes = List.copyOf(notes);
    }
  }

  /** One {@code KEY=VALUE} setting: its text as given, its key and its value. */
  record Setting(String text, String key, String value) {}
}
