package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier that lists an entry of a set twice is refused by every command with exit 2 and the
 * paths of both entries, before any rule counts the copy (on the tiny sample a tripled value took
 * P-001's values points from 3.33 to 9.99, and a doubled activity made it selected).
 */
class ListedTwiceCommandTest {

  private static final String P001_VALUES = "\"values\" : [ \"CIVIC_PARTICIPATION\" ]";
  private static final String P001_WORKSHOP = "\"participants\" : 60,";

  @TempDir
  Path dir;

  @Test
  void assessRefusesAValueListedThreeTimesNamingEachCopyAndTheFirst() throws Exception {
    Path dossier = tinyWith(P001_VALUES,
        "\"values\" : [ \"CIVIC_PARTICIPATION\", \"CIVIC_PARTICIPATION\", \"CIVIC_PARTICIPATION\" ]");
    Path out = dir.resolve("outcome");

    Cli run = Cli.run("assess", dossier.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(
        "$.proposals[0].values[1]: 'CIVIC_PARTICIPATION' is listed twice; first at $.proposals[0].values[0]",
        "$.proposals[0].values[2]: 'CIVIC_PARTICIPATION' is listed twice; first at $.proposals[0].values[0]");
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void validateRefusesAnActivityListedTwice() throws Exception {
    String text = Files.readString(Cli.TINY, StandardCharsets.UTF_8);
    int start = text.lastIndexOf('{', text.indexOf(P001_WORKSHOP));
    int end = text.indexOf('}', start) + 1;
    String activity = text.substring(start, end);
    Path dossier = Files.writeString(dir.resolve("copied-activity.json"),
        text.substring(0, end) + ", " + activity + text.substring(end));
    Path selection = Files.writeString(dir.resolve("selection.txt"), "P-001\nP-002\n");

    Cli run = Cli.run("validate", dossier.toString(), "--selection", selection.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly("$.proposals[0].coCreation.activities[1]: the same activity"
        + " (WORKSHOP on 2021-07-10) is listed twice; first at $.proposals[0].coCreation.activities[0]");
  }

  private Path tinyWith(String was, String becomes) throws Exception {
    String text = Files.readString(Cli.TINY, StandardCharsets.UTF_8);
    assertThat(text).contains(was);
    return Files.writeString(dir.resolve("listed-twice.json"), text.replaceFirst(java.util.regex.Pattern.quote(was),
        java.util.regex.Matcher.quoteReplacement(becomes)));
  }
}
