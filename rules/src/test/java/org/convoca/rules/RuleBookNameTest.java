package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule book knows which bundled book it starts from and which files folders brought, for the outcome's producedBy. */
class RuleBookNameTest {

  @TempDir
  Path temp;

  @Test
  void aBundledBookIsNamedAndBringsNoFolderFiles() {
    assertThat(RuleBook.bundled().bundledName()).hasValue("federal-call");
    assertThat(RuleBook.bundled("horizon-europe").producedBy().book()).isEqualTo("horizon-europe");
    assertThat(RuleBook.bundled().producedBy().rules()).isEmpty();
  }

  @Test
  void folderFilesAreListedAndABookOfFoldersAloneHasNoBundledName() throws IOException {
    Path dir = RuleFolders.write(temp, "own", "extra.drl", "package org.convoca.rules.own;\n");

    RuleBook laid = RuleBook.bundledWith(List.of(dir));
    RuleBook own = RuleBook.ownRules(List.of(dir));

    assertThat(laid.producedBy().book()).isEqualTo("federal-call");
    assertThat(laid.producedBy().rules()).containsExactly("extra.drl");
    assertThat(own.bundledName()).isEmpty();
    assertThat(own.producedBy().book()).isNull();
  }
}
