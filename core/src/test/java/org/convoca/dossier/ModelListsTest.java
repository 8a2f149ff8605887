package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.convoca.proposal.Proposal;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;

/**
 * The model's lists answer {@code contains(null)} with false and {@code indexOf(null)} with -1, as
 * {@code ArrayList} does, where the JDK's {@code List.of} throws. Rule authors write
 * {@code themes contains $theme} with a binding that may be null, and a library user may ask the
 * same; the Immutables style ({@code ConvocaStyle}) keeps it so. A change to it, such as
 * Immutables' {@code jdk9Collections}, which stores lists as {@code List.copyOf}, fails here.
 */
class ModelListsTest {

  @Test
  void aListOfTheModelAnswersNullWithoutThrowingWhateverItsSize() {
    Dossier dossier = DossierGenerator.withSeed(11).proposals(20).generate();
    Dossier read = DossierReader.standard().read(DossierWriter.toJson(dossier));
    List<List<?>> lists = new ArrayList<>();
    for (Dossier d : List.of(dossier, read)) {
      lists.add(d.proposals());
      lists.add(d.governments());
      lists.add(d.call().criteria());
      lists.add(d.call().themes());
      for (Proposal p : d.proposals()) {
        lists.add(p.themes());
        lists.add(p.values());
        lists.add(p.team());
        lists.add(p.commitments());
        lists.add(p.milestones());
        p.commitments().forEach(c -> lists.add(c.milestones()));
      }
      lists.add(d.proposals().get(0).withValues(List.of()).values());
      lists.add(d.proposals().get(0).withThemes(d.proposals().get(0).themes().get(0)).themes());
    }

    assertThat(lists).extracting(List::size).contains(0, 1, 2).anyMatch(size -> size > 2);
    assertThat(lists).allSatisfy(list -> {
      assertThat(list.contains(null)).isFalse();
      assertThat(list.indexOf(null)).isEqualTo(-1);
      assertThat(list.lastIndexOf(null)).isEqualTo(-1);
    });
  }
}
