package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.convoca.dossier.Dossier;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.outcome.OutcomeJson;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of compiled rule folders: a book read back from it concludes, warns and is checked
 * exactly as a book compiled afresh; an edited file is compiled again; a damaged entry, two builds
 * at once and a folder others may write to change nothing of what a book concludes.
 */
class RuleBookCacheTest {

  private static final String BONUS = """
      package org.convoca.rules.federal;

      import java.math.BigDecimal;
      import org.convoca.assessment.AwardFinding;
      import org.convoca.call.Criterion;
      import org.convoca.call.FederalVocabulary;
      import org.convoca.proposal.Proposal;
      import org.convoca.proposal.Theme;

      rule "Open data proposals earn more points on values"
      when
          $c : Criterion( id == FederalVocabulary.VALUES )
          $p : Proposal( themes contains Theme.OPEN_DATA )
      then
          insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), new BigDecimal("POINTS"),
              "The proposal works on open data."));
      end
      """;

  private static Dossier dossier;
  private static Dossier monitored;

  @TempDir
  Path temp;

  @BeforeAll
  static void makeTheDossiers() {
    dossier = DossierGenerator.withSeed(7).proposals(200).generate();
    monitored = MonitoringFixtures.aMonitoredDossier().withProgressReports(List.of(
        MonitoringFixtures.report("2022-02-20", 300_000, MonitoringFixtures.status("M-1", CompletionLevel.SUBSTANTIAL,
            "https://example.org/a")),
        MonitoringFixtures.report("2022-06-20", 900_000, MonitoringFixtures.complete("M-1"))));
  }

  @Test
  void aSecondBuildReadsEveryPhaseBackAndConcludesAndWarnsAsACompile() throws IOException {
    Path rules = RuleFolders.write(temp, "rules", "open-data-bonus.drl", bonus("2"), "old.drl.bak", "not read");
    Path folder = temp.resolve("cache");

    RuleBookCache first = new RuleBookCache(folder);
    build(rules, first);
    RuleBookCache second = new RuleBookCache(folder);
    RuleBook cached = build(rules, second);
    RuleBook compiled = RuleBook.builder().bundled().folder(rules).build();

    assertThat(first.misses()).isEqualTo(3);
    assertThat(second.hits()).isEqualTo(3);
    assertThat(second.misses()).isZero();
    assertThat(entries(folder)).hasSize(3);
    assertSameConclusions(cached, compiled);
    assertThat(cached.warnings()).isNotEmpty().isEqualTo(compiled.warnings());
    assertThat(cached.files()).isEqualTo(compiled.files());
    assertThat(cached.rules()).isEqualTo(compiled.rules());
  }

  @Test
  void aFolderWithATypeOfItsOwnIsReadBackAndConcludesAsACompile() throws IOException {
    Path rules = RuleFolders.write(temp, "rules", "open-data-mark.drl", """
        package org.convoca.rules.federal;

        import java.math.BigDecimal;
        import org.convoca.assessment.AwardFinding;
        import org.convoca.call.Criterion;
        import org.convoca.call.FederalVocabulary;
        import org.convoca.proposal.Proposal;
        import org.convoca.proposal.Theme;

        declare OpenDataMark
            proposal : Proposal
        end

        rule "Marks open data proposals"
        when
            $p : Proposal( themes contains Theme.OPEN_DATA )
        then
            insert(new OpenDataMark($p));
        end

        rule "Marked proposals earn more points on values"
        when
            $c : Criterion( id == FederalVocabulary.VALUES )
            OpenDataMark( $p : proposal )
        then
            insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), new BigDecimal("3"),
                "The proposal works on open data."));
        end
        """);
    Path folder = temp.resolve("cache");
    build(rules, new RuleBookCache(folder));

    RuleBookCache second = new RuleBookCache(folder);
    RuleBook cached = build(rules, second);

    assertThat(second.hits()).as("every phase, the assessment's declared type with it").isEqualTo(3);
    assertSameConclusions(cached, RuleBook.builder().bundled().folder(rules).build());
  }

  @Test
  void anEditedFileIsCompiledAgainAndTheOtherPhasesAreReadBack() throws IOException {
    Path rules = RuleFolders.write(temp, "rules", "open-data-bonus.drl", bonus("2"));
    Path folder = temp.resolve("cache");
    RuleBook before = build(rules, new RuleBookCache(folder));

    Files.writeString(rules.resolve("open-data-bonus.drl"), bonus("5"));
    RuleBookCache afterEdit = new RuleBookCache(folder);
    RuleBook edited = build(rules, afterEdit);

    assertThat(afterEdit.misses()).as("the assessment, whose file changed").isEqualTo(1);
    assertThat(afterEdit.hits()).as("post-selection and monitoring").isEqualTo(2);
    assertSameConclusions(edited, RuleBook.builder().bundled().folder(rules).build());
    assertThat(OutcomeJson.text(Convoca.with(edited).decide(dossier)))
        .isNotEqualTo(OutcomeJson.text(Convoca.with(before).decide(dossier)));
  }

  @Test
  void aDamagedEntryIsIgnoredAndWrittenAgain() throws IOException {
    Path rules = RuleFolders.write(temp, "rules", "open-data-bonus.drl", bonus("2"));
    Path folder = temp.resolve("cache");
    build(rules, new RuleBookCache(folder));
    List<Path> entries = entries(folder);
    byte[] flipped = Files.readAllBytes(entries.get(0));
    flipped[flipped.length - 10] ^= 0x5a;
    Files.write(entries.get(0), flipped);
    byte[] cut = Files.readAllBytes(entries.get(1));
    Files.write(entries.get(1), java.util.Arrays.copyOf(cut, cut.length / 2));
    Files.writeString(entries.get(2), "not an entry");

    RuleBookCache damaged = new RuleBookCache(folder);
    RuleBook rebuilt = build(rules, damaged);
    RuleBookCache repaired = new RuleBookCache(folder);
    build(rules, repaired);

    assertThat(damaged.misses()).isEqualTo(3);
    assertSameConclusions(rebuilt, RuleBook.builder().bundled().folder(rules).build());
    assertThat(repaired.hits()).isEqualTo(3);
  }

  @Test
  void anEntryThatIsALinkOrFarTooLargeIsNotRead() throws IOException {
    Path rules = RuleFolders.write(temp, "rules", "open-data-bonus.drl", bonus("2"));
    Path folder = temp.resolve("cache");
    build(rules, new RuleBookCache(folder));
    List<Path> entries = entries(folder);
    Path copy = Files.copy(entries.get(0), temp.resolve("elsewhere" + RuleBookCache.SUFFIX));
    Files.delete(entries.get(0));
    Files.createSymbolicLink(entries.get(0), copy);
    try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(entries.get(1).toFile(), "rw")) {
      huge.setLength(RuleBookCache.MAX_ENTRY_BYTES + 1); // sparse: the entry's bytes, then zeros
    }

    RuleBookCache refusing = new RuleBookCache(folder);
    RuleBook rebuilt = build(rules, refusing);

    assertThat(refusing.misses()).as("the link, though it leads to a whole entry, and the huge file").isEqualTo(2);
    assertThat(refusing.hits()).isEqualTo(1);
    assertSameConclusions(rebuilt, RuleBook.builder().bundled().folder(rules).build());
  }

  @Test
  void twoBuildsAtOnceBothSucceedAndLeaveWholeEntries() throws Exception {
    Path rules = RuleFolders.write(temp, "rules", "open-data-bonus.drl", bonus("2"));
    Path folder = temp.resolve("cache");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<RuleBook>> books = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        books.add(pool.submit(() -> {
          start.await();
          return build(rules, new RuleBookCache(folder));
        }));
      }
      start.countDown();
      RuleBook compiled = RuleBook.builder().bundled().folder(rules).build();
      for (Future<RuleBook> book : books) {
        assertSameConclusions(book.get(), compiled);
      }
    } finally {
      pool.shutdownNow();
    }
    RuleBookCache after = new RuleBookCache(folder);
    build(rules, after);
    assertThat(after.hits()).isEqualTo(3);
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).as("no temporary file is left").allMatch(p -> p.toString().endsWith(RuleBookCache.SUFFIX));
    }
  }

  @Test
  void aCachedBookIsStillRefusedWhenItsFolderIsNotTrusted() throws IOException {
    Path rules = RuleFolders.write(temp, "rules", "exits.drl", """
        package org.convoca.rules.federal;

        import org.convoca.proposal.Proposal;

        rule "Stops the run"
        when
            Proposal( id == null )
        then
            System.exit(3);
        end
        """);
    Path folder = temp.resolve("cache");
    RuleBook.builder().bundled().folder(rules).trustFolders().cacheIn(folder).build();
    assertThat(entries(folder)).hasSize(3);

    assertThatThrownBy(() -> RuleBook.builder().bundled().folder(rules).cacheIn(folder).build())
        .isInstanceOf(RuleBookException.class)
        .hasMessageContaining("exits.drl");
  }

  @Test
  void aMissingFolderIsCreatedForItsOwnerAlone() throws IOException {
    assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path rules = RuleFolders.write(temp, "rules", "open-data-bonus.drl", bonus("2"));
    Path folder = temp.resolve("home/.cache/convoca");

    RuleBook.builder().bundled().folder(rules).cacheIn(folder).build();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    assertThat(entries(folder)).hasSize(3);
  }

  @Test
  void aFolderOthersMayWriteToIsNotUsed() throws IOException {
    assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path rules = RuleFolders.write(temp, "rules", "open-data-bonus.drl", bonus("2"));
    Path folder = Files.createDirectory(temp.resolve("shared"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

    List<String> told = new ArrayList<>();
    RuleBookCache shared = new RuleBookCache(folder, told::add);
    RuleBook book = build(rules, shared);

    assertThat(told).as("once, though three phases asked").singleElement().asString()
        .isEqualTo("not using the rule book cache " + folder + ": others may write to it; the rules are compiled on every run");
    assertThat(shared.misses()).isEqualTo(3);
    assertThat(entries(folder)).isEmpty();
    assertSameConclusions(book, RuleBook.builder().bundled().folder(rules).build());
  }

  @Test
  void theKeyCoversEachFileNameAndTextAndThePhase() {
    List<RuleSource> sources = List.of(new RuleSource("a.drl", "a", "rule text"), new RuleSource("b.drl", "b", "more"));
    byte[] key = RuleBookCache.key(RuleFile.Phase.ASSESSMENT, sources);

    assertThat(RuleBookCache.key(RuleFile.Phase.ASSESSMENT, List.copyOf(sources))).isEqualTo(key);
    assertThat(RuleBookCache.key(RuleFile.Phase.MONITORING, sources)).isNotEqualTo(key);
    assertThat(RuleBookCache.key(RuleFile.Phase.ASSESSMENT,
        List.of(new RuleSource("a.drl", "a", "rule text "), sources.get(1)))).isNotEqualTo(key);
    assertThat(RuleBookCache.key(RuleFile.Phase.ASSESSMENT,
        List.of(new RuleSource("c.drl", "a", "rule text"), sources.get(1)))).isNotEqualTo(key);
    assertThat(RuleBookCache.key(RuleFile.Phase.ASSESSMENT,
        List.of(new RuleSource("a.drl", "a", "rule textmore"), new RuleSource("b.drl", "b", "")))).isNotEqualTo(key);
  }

  @Test
  void aJarIsToldByItsTableOfContentsWhichEveryChangedEntryChanges() throws IOException {
    Path jar = temp.resolve("a.jar");
    Path same = temp.resolve("same.jar");
    Path edited = temp.resolve("edited.jar");
    Path grown = temp.resolve("grown.jar");
    writeJar(jar, "org/a/A.class", "class bytes", "a zip comment");
    writeJar(same, "org/a/A.class", "class bytes", "a zip comment");
    writeJar(edited, "org/a/A.class", "class bytez", "a zip comment");
    writeJar(grown, "org/a/A.class", "class bytes!", "a zip comment");

    byte[] digest = RuleBookCache.contentDigest(jar);
    assertThat(RuleBookCache.contentDigest(same)).isEqualTo(digest);
    assertThat(RuleBookCache.contentDigest(edited)).isNotEqualTo(digest); // same size, another CRC-32
    assertThat(RuleBookCache.contentDigest(grown)).isNotEqualTo(digest);

    // Not a zip: the whole file is digested, so any change tells.
    Path plain = Files.writeString(temp.resolve("plain.jar"), "not a zip");
    byte[] plainDigest = RuleBookCache.contentDigest(plain);
    assertThat(RuleBookCache.contentDigest(Files.writeString(plain, "not a zap"))).isNotEqualTo(plainDigest);
    assertThat(RuleBookCache.contentDigest(Files.writeString(plain, "not a zip"))).isEqualTo(plainDigest);
  }

  private static void writeJar(Path jar, String entry, String content, String comment) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      ZipEntry zipEntry = new ZipEntry(entry);
      zipEntry.setTime(0); // the same date in every jar, so that only the content differs
      zip.putNextEntry(zipEntry);
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.setComment(comment);
    }
  }

  private static String bonus(String points) {
    return BONUS.replace("POINTS", points);
  }

  private static RuleBook build(Path rules, RuleBookCache cache) {
    return RuleBook.builder().bundled().folder(rules).cache(cache).build();
  }

  private static List<Path> entries(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(p -> p.toString().endsWith(RuleBookCache.SUFFIX)).sorted().toList();
    }
  }

  /** The same selection outcome, byte for byte, and the same monitoring outcome. */
  private static void assertSameConclusions(RuleBook book, RuleBook compiled) {
    assertThat(OutcomeJson.text(Convoca.with(book).decide(dossier)))
        .isEqualTo(OutcomeJson.text(Convoca.with(compiled).decide(dossier)));
    LocalDate asOf = LocalDate.of(2022, 8, 1);
    MonitoringOutcome monitoring = Convoca.with(book).monitor(monitored, asOf);
    MonitoringOutcome expected = Convoca.with(compiled).monitor(monitored, asOf);
    assertThat(monitoring.projects()).isEqualTo(expected.projects());
    assertThat(monitoring.fingerprint()).isEqualTo(expected.fingerprint());
  }
}
