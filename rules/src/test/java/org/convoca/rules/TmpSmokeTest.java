package org.convoca.rules;

import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;

class TmpSmokeTest {
  @Test
  void smoke() {
    var d = DossierGenerator.withSeed(42).proposals(150).generate();
    long t = System.nanoTime();
    List<Assessment> as = RuleBook.bundled().assess(d);
    System.out.println("compile+assess ms " + (System.nanoTime() - t) / 1e6);
    t = System.nanoTime();
    as = RuleBook.bundled().assess(d);
    System.out.println("assess ms " + (System.nanoTime() - t) / 1e6);
    as.get(3).trail().forEach(System.out::println);
    System.out.println(as.get(3).total() + " eligible " + as.stream().filter(Assessment::eligible).count());
    System.out.println(RuleBook.bundled().assign(d, as, as.stream().filter(Assessment::eligible).map(Assessment::proposal).limit(50).toList()));
  }
}
