package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post-selection rule that places proposals where the call has no room is the rule book's fault: exit 3. */
class TrackRuleFailureTest {

  private static final String TRACKS_HEADER = """
      package org.convoca.rules.federal.tracks;

      import org.convoca.call.TrackId;
      import org.convoca.rules.fact.SelectedProposal;
      import org.convoca.selection.TrackPlacement;

      """;

  @TempDir
  Path dir;

  @Test
  void exitsWith3NamingTheRuleWhenATrackRulePlacesAProposalInATrackTheCallDoesNotDefine() throws Exception {
    Path rules = rules("""
        rule "Every selected proposal enters the moon track"
        // There is no moon track.
        when
            $s : SelectedProposal( rank == 1 )
        then
            insert(new TrackPlacement(TrackId.of("moon"), $s.proposal(), drools.getRule().getName(), "To the moon."));
        end
        """);

    Cli run = Cli.run("assess", Cli.SAMPLE.toString(), "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("rule 'Every selected proposal enters the moon track' in " + dir.resolve("rules/tracks.drl")
            + " failed on proposal 'P-")
        .endsWith("in track 'moon', which the call does not define"));
  }

  @Test
  void exitsWith3NamingTheRuleWhenATrackRuleOverfillsATrack() throws Exception {
    Path rules = rules("""
        rule "Every selected proposal enters the OGP Local track"
        // More proposals than the track has places.
        when
            $s : SelectedProposal()
        then
            insert(new TrackPlacement(TrackId.of("ogp-local"), $s.proposal(), drools.getRule().getName(), "All in."));
        end
        """);

    Cli run = Cli.run("assess", Cli.SAMPLE.toString(), "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("rule 'Every selected proposal enters the OGP Local track' in " + dir.resolve("rules/tracks.drl")
            + " failed on proposal 'P-")
        .endsWith("in track 'ogp-local', which has 11 places and no place left"));
  }

  private Path rules(String drl) throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("tracks.drl"), TRACKS_HEADER + drl);
    return rules;
  }
}
