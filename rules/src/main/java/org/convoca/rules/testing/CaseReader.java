package org.convoca.rules.testing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierProblem;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.InvalidDossierException;
import org.convoca.dossier.internal.Json;
import org.convoca.dossier.internal.NumberBounds;
import org.convoca.selection.DecisionKind;
import org.convoca.value.VisibleText;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cases of one suite: each case file strictly (unknown fields, wrong types and unknown
 * proposals are problems with their JSON paths), its dossier whole or merged over its base, through
 * the {@link DossierReader}, whose problems are put back in the file they came from.
 */
final class CaseReader {

  static final String CASE_FILE = "case.json";
  static final String DOSSIER_FILE = "dossier.json";
  static final List<String> FIELDS = List.of("description", "base", "changes", "selected", "waitlist", "proposals");

  private final SuiteFolder suite;
  private final List<CaseProblem> problems;
  /** A base dossier: its tree, to lay changes over, and the dossier it reads as on its own. */
  private record Base(String name, JsonNode tree, Dossier dossier) {}

  /** Each base read so far, by its path; empty when it has problems, which are reported once. */
  private final Map<Path, Optional<Base>> bases = new HashMap<>();

  CaseReader(SuiteFolder suite, List<CaseProblem> problems) {
    this.suite = suite;
    this.problems = problems;
  }

  /** The case in {@code folder}; empty after adding its problems. */
  Optional<GoldenCase> read(Path folder) {
    int before = problems.size();
    Path file = folder.resolve(CASE_FILE);
    String name = suite.name(file);
    Optional<JsonNode> tree = suite.text(file, SuiteFolder.MAX_CASE_BYTES, problems).flatMap(t -> parse(t, name));
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    JsonNode root = tree.get();
    if (!root.isObject()) {
      problems.add(new CaseProblem(name, "$", "must be an object with the fields " + String.join(", ", FIELDS)));
      return Optional.empty();
    }
    unknownFields(root, FIELDS, name, "$", "a case");
    if (!numbersWithinBounds(root, name, "$")) {
      return Optional.empty();
    }
    Optional<Dossier> dossier = dossier(folder, root, name);
    String description = text(root.get("description"), name, "$.description").orElse("");
    List<ExpectedVerdict> verdicts = new ArrayList<>();
    JsonNode expected = root.get("proposals");
    if (expected != null && !expected.isObject()) {
      problems.add(new CaseProblem(name, "$.proposals", "must be an object whose fields are proposal ids"));
    } else if (expected != null) {
      expected.fields().forEachRemaining(e -> verdict(e.getKey(), e.getValue(), name, JsonPaths.field("$.proposals", e.getKey()))
          .ifPresent(verdicts::add));
    }
    Optional<List<String>> selected = ids(root.get("selected"), name, "$.selected");
    Optional<List<String>> waitlist = ids(root.get("waitlist"), name, "$.waitlist");
    if ((expected == null || expected.isEmpty()) && selected.isEmpty() && waitlist.isEmpty()) {
      problems.add(new CaseProblem(name, "$", "expects nothing; give \"proposals\", \"selected\" or \"waitlist\""));
    }
    dossier.ifPresent(d -> known(d, verdicts, selected, waitlist, name));
    if (problems.size() > before || dossier.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new GoldenCase(suite.name(folder), description, dossier.get(), verdicts, selected, waitlist));
  }

  private Optional<Dossier> dossier(Path folder, JsonNode root, String name) {
    JsonNode base = root.get("base");
    JsonNode changes = root.get("changes");
    Path whole = folder.resolve(DOSSIER_FILE);
    boolean hasWhole = Files.exists(whole, LinkOption.NOFOLLOW_LINKS);
    if (base == null) {
      if (changes != null) {
        problems.add(new CaseProblem(name, "$.changes", "needs a \"base\" to be laid over"));
        return Optional.empty();
      }
      if (!hasWhole) {
        problems.add(new CaseProblem(name, "$", "has no dossier: give \"base\" (and \"changes\"), or put the whole dossier in "
            + suite.name(whole)));
        return Optional.empty();
      }
      String dossierName = suite.name(whole);
      return suite.text(whole, SuiteFolder.MAX_DOSSIER_BYTES, problems).flatMap(text -> {
        try {
          return Optional.of(DossierReader.standard().read(text));
        } catch (InvalidDossierException e) {
          e.problems().forEach(p -> problems.add(new CaseProblem(dossierName, p.path(), p.message())));
          return Optional.empty();
        }
      });
    }
    if (hasWhole) {
      problems.add(new CaseProblem(name, "$.base", "and " + suite.name(whole) + " both give the dossier; keep one"));
      return Optional.empty();
    }
    if (!base.isTextual()) {
      problems.add(new CaseProblem(name, "$.base", "must be the name of a dossier file in the suite, such as \"../base.json\""));
      return Optional.empty();
    }
    if (changes != null && !changes.isObject()) {
      problems.add(new CaseProblem(name, "$.changes", "must be an object laid over the base dossier"));
      return Optional.empty();
    }
    return suite.inside(folder, base.asText(), name, "$.base", problems)
        .filter(file -> isNoFolder(file, name))
        .flatMap(this::base)
        .flatMap(read -> changes == null ? Optional.of(read.dossier()) : merged(read, changes, name));
  }

  /** Whether the base {@code file} is not a folder, such as the case's own for a base of "."; adds the problem when it is. */
  private boolean isNoFolder(Path file, String name) {
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(new CaseProblem(name, "$.base", "names the folder " + shown(suite.name(file))
          + "; a base must be a dossier file in the suite, such as \"../base.json\""));
      return false;
    }
    return true;
  }

  /** The base dossier at {@code file}, which must read as a dossier on its own. */
  private Optional<Base> base(Path file) {
    return bases.computeIfAbsent(file, f -> {
      String name = suite.name(f);
      return suite.text(f, SuiteFolder.MAX_DOSSIER_BYTES, problems).flatMap(text -> {
        try {
          Dossier dossier = DossierReader.standard().read(text);
          return parse(text, name).map(tree -> new Base(name, tree, dossier));
        } catch (InvalidDossierException e) {
          e.problems().forEach(p -> problems.add(new CaseProblem(name, p.path(), p.message())));
          return Optional.empty();
        }
      });
    });
  }

  private Optional<Dossier> merged(Base base, JsonNode changes, String name) {
    int before = problems.size();
    FragmentMerge.Merged merged = FragmentMerge.merge(base.tree(), changes,
        (path, message) -> problems.add(new CaseProblem(name, "$.changes" + path.substring(1), message)));
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(DossierReader.standard().read(Json.mapper().writeValueAsString(merged.tree())));
    } catch (InvalidDossierException e) {
      for (DossierProblem p : e.problems()) {
        FragmentMerge.Place place = merged.place(p.path());
        String in = "(at " + p.path() + " of the dossier merged from " + base.name() + " and the changes)";
        problems.add(switch (place.source()) {
          case CHANGES -> new CaseProblem(name, "$.changes" + place.path().substring(1), p.message() + " " + in);
          // The base is shared by several cases: name the one whose changes made the problem.
          case BASE -> new CaseProblem(base.name(), place.path(),
              p.message() + " " + in.substring(0, in.length() - 1) + " of " + name + ")");
          case MERGED -> new CaseProblem(name, "$.changes", p.message() + " " + in);
        });
      }
      return Optional.empty();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree read from JSON is written back as JSON", e);
    }
  }

  private Optional<ExpectedVerdict> verdict(String id, JsonNode node, String name, String path) {
    if (!node.isObject()) {
      problems.add(new CaseProblem(name, path, "must be an object with some of the fields " + String.join(", ", ExpectedVerdict.FIELDS)));
      return Optional.empty();
    }
    int before = problems.size();
    unknownFields(node, ExpectedVerdict.FIELDS, name, path, "a proposal's expectations");
    Optional<Boolean> eligible = flag(node.get("eligible"), name, JsonPaths.field(path, "eligible"));
    Optional<SortedSet<String>> failedChecks = texts(node.get("failedChecks"), name, JsonPaths.field(path, "failedChecks"));
    Optional<BigDecimal> total = number(node.get("total"), name, JsonPaths.field(path, "total"));
    BigDecimal tolerance = number(node.get("tolerance"), name, JsonPaths.field(path, "tolerance"))
        .orElse(ExpectedVerdict.DEFAULT_TOLERANCE);
    if (tolerance.signum() < 0) {
      problems.add(new CaseProblem(name, JsonPaths.field(path, "tolerance"), "must be 0 or more, was " + tolerance.toPlainString()));
    }
    Optional<Integer> rank = rank(node, name, JsonPaths.field(path, "rank"));
    Optional<DecisionKind> decision = decision(node.get("decision"), name, JsonPaths.field(path, "decision"));
    Optional<SortedSet<String>> labels = texts(node.get("labels"), name, JsonPaths.field(path, "labels"));
    Optional<SortedSet<String>> tracks = texts(node.get("tracks"), name, JsonPaths.field(path, "tracks"));
    String why = text(node.get("why"), name, JsonPaths.field(path, "why")).orElse("");
    return problems.size() > before ? Optional.empty()
        : Optional.of(new ExpectedVerdict(id, why, eligible, failedChecks, total, tolerance, rank, decision, labels, tracks));
  }

  /**
   * Whether every number in {@code node} is within the dossier reader's bounds ({@link NumberBounds}),
   * checked before any is used: an exponent such as {@code 1e-999999999} would otherwise stop a run
   * or print a million digits. Adds a problem for each number out of bounds.
   */
  private boolean numbersWithinBounds(JsonNode node, String name, String path) {
    boolean within = true;
    if (node.isNumber()) {
      String problem = NumberBounds.problem(node);
      if (problem != null) {
        problems.add(new CaseProblem(name, path, problem));
        within = false;
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        within &= numbersWithinBounds(node.get(i), name, JsonPaths.index(path, i));
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        within &= numbersWithinBounds(field.getValue(), name, JsonPaths.field(path, field.getKey()));
      }
    }
    return within;
  }

  /** The names given to proposals and tracks must be in the dossier: a misspelt id would never fail. */
  private void known(Dossier dossier, List<ExpectedVerdict> verdicts, Optional<List<String>> selected,
      Optional<List<String>> waitlist, String name) {
    Set<String> proposals = proposalIds(dossier);
    for (ExpectedVerdict v : verdicts) {
      if (!proposals.contains(v.proposal())) {
        problems.add(new CaseProblem(name, JsonPaths.field("$.proposals", v.proposal()), "names no proposal of the case's dossier"));
      }
      v.tracks().ifPresent(tracks -> tracks.stream()
          .filter(t -> dossier.call().tracks().stream().noneMatch(track -> track.id().value().equals(t)))
          .forEach(t -> problems.add(new CaseProblem(name, JsonPaths.field(JsonPaths.field("$.proposals", v.proposal()), "tracks"),
              "names the track " + shown(t) + ", which the call does not have"))));
    }
    selected.ifPresent(ids -> unknownProposals(dossier, ids, name, "$.selected"));
    waitlist.ifPresent(ids -> unknownProposals(dossier, ids, name, "$.waitlist"));
  }

  private void unknownProposals(Dossier dossier, List<String> ids, String name, String path) {
    Set<String> known = proposalIds(dossier);
    for (int i = 0; i < ids.size(); i++) {
      if (!known.contains(ids.get(i))) {
        problems.add(new CaseProblem(name, JsonPaths.index(path, i), "names no proposal of the case's dossier"));
      }
    }
  }

  private static Set<String> proposalIds(Dossier dossier) {
    return dossier.proposals().stream().map(p -> p.id().value()).collect(Collectors.toSet());
  }

  private Optional<JsonNode> parse(String text, String name) {
    try (JsonParser parser = Json.mapper().createParser(text)) {
      JsonNode tree;
      try {
        tree = Json.mapper().readTree(parser);
      } catch (NumberFormatException e) {
        // An exponent whose scale no BigDecimal can hold, such as 1e-2147483648: found while parsing.
        problems.add(new CaseProblem(name, pathOf(parser.getParsingContext()), NumberBounds.exponentOutOfRange()));
        return Optional.empty();
      }
      if (tree == null || tree.isMissingNode()) {
        problems.add(new CaseProblem(name, "$", "is empty; it must hold a JSON object"));
        return Optional.empty();
      }
      return Optional.of(tree);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      problems.add(new CaseProblem(name, "", "is not valid JSON: " + VisibleText.of(reason(e)) + where));
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);  // a String does not fail to be read
    }
  }

  /** The JSON path of the value the parser is in. */
  private static String pathOf(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = "$";
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.getCurrentName() != null) {
        path = JsonPaths.field(path, c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = JsonPaths.index(path, c.getCurrentIndex());
      }
    }
    return path;
  }

  /**
   * Jackson's reason without an excerpt of the document (where an unclosed object began is kept as
   * a line and column) and without the names of its own settings, which an author cannot act on.
   */
  private static String reason(JsonProcessingException e) {
    return String.valueOf(e.getOriginalMessage())
        .replaceAll("(?s)\\s*\\(for [A-Za-z]+ starting at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)",
            " (opened at line $1, column $2)")
        .replaceAll("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?", "")
        .strip();
  }

  private void unknownFields(JsonNode node, List<String> fields, String name, String path, String what) {
    node.fieldNames().forEachRemaining(field -> {
      if (!fields.contains(field)) {
        problems.add(new CaseProblem(name, JsonPaths.field(path, field),
            "is not a field of " + what + "; its fields are " + String.join(", ", fields)));
      }
    });
  }

  private Optional<String> text(@Nullable JsonNode node, String name, String path) {
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      problems.add(new CaseProblem(name, path, "must be a string"));
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  private Optional<Boolean> flag(@Nullable JsonNode node, String name, String path) {
    if (node != null && !node.isBoolean()) {
      problems.add(new CaseProblem(name, path, "must be true or false"));
      return Optional.empty();
    }
    return Optional.ofNullable(node).map(JsonNode::booleanValue);
  }

  private Optional<BigDecimal> number(@Nullable JsonNode node, String name, String path) {
    if (node != null && !node.isNumber()) {
      problems.add(new CaseProblem(name, path, "must be a number"));
      return Optional.empty();
    }
    return Optional.ofNullable(node).map(JsonNode::decimalValue);
  }

  private Optional<Integer> rank(JsonNode verdict, String name, String path) {
    if (!verdict.has("rank")) {
      return Optional.empty();
    }
    JsonNode node = verdict.get("rank");
    if (node.isNull()) {
      return Optional.of(0);
    }
    if (!node.canConvertToExactIntegral() || !node.canConvertToInt() || node.intValue() < 1) {
      problems.add(new CaseProblem(name, path, "must be a whole number of at least 1, or null for \"not ranked\""));
      return Optional.empty();
    }
    return Optional.of(node.intValue());
  }

  private Optional<DecisionKind> decision(@Nullable JsonNode node, String name, String path) {
    if (node == null) {
      return Optional.empty();
    }
    String kinds = Arrays.stream(DecisionKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    if (!node.isTextual() || Arrays.stream(DecisionKind.values()).noneMatch(k -> k.name().equals(node.asText()))) {
      problems.add(new CaseProblem(name, path, "must be one of " + kinds + (node.isTextual() ? ", was " + shown(node.asText()) : "")));
      return Optional.empty();
    }
    return Optional.of(DecisionKind.valueOf(node.asText()));
  }

  private Optional<SortedSet<String>> texts(@Nullable JsonNode node, String name, String path) {
    return ids(node, name, path).map(TreeSet::new);
  }

  private Optional<List<String>> ids(@Nullable JsonNode node, String name, String path) {
    if (node == null) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = node.get(i);
        if (!value.isTextual()) {
          problems.add(new CaseProblem(name, JsonPaths.index(path, i), "must be a string"));
        } else if (values.contains(value.asText())) {
          problems.add(new CaseProblem(name, JsonPaths.index(path, i), "repeats " + shown(value.asText())));
        } else {
          values.add(value.asText());
        }
      }
      return Optional.of(values);
    }
    problems.add(new CaseProblem(name, path, "must be a list of strings"));
    return Optional.empty();
  }

  /** A value from a case file as a message shows it: quoted, short, unable to act on a terminal. */
  static String shown(String text) {
    String cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return "'" + VisibleText.of(cut) + "'";
  }
}
