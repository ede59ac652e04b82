package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewpress.corpus.ReportCorpus;

/** The name rule's word sets answer exactly as the JDK's sets of the same words. */
class FormSetTest {

  @Test
  void holdsExactlyWhatAHashSetOfTheSameFormsHolds() {
    List<FormSet> sets = List.of(NameLexicon.GIVEN, NameLexicon.SURNAMES, NameLexicon.WORDS, NameLexicon.NOT_NAMES,
        NameLexicon.TITLES, NameLexicon.REPORTING, NameLexicon.RELATIONS);
    // The words of a generated report, the forms of every set, and random strings (some of them
    // a set's form with one letter changed, so their hashes and lengths come close).
    Set<String> probes = new HashSet<>();
    Words.of(ReportCorpus.markdown(4, 7)).forEach(w -> probes.add(w.norm()));
    Random random = new Random(3);
    for (FormSet set : sets) {
      for (String form : set) {
        probes.add(form);
        char[] c = form.toCharArray();
        c[random.nextInt(c.length)] = (char) ('a' + random.nextInt(26));
        probes.add(new String(c));
        probes.add(form + "s");
      }
    }
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        b.append((char) (random.nextInt(5) == 0 ? 0xE0 + random.nextInt(30) : 'a' + random.nextInt(26)));
      }
      probes.add(b.toString());
    }
    int held = 0;
    for (FormSet set : sets) {
      Set<String> reference = new HashSet<>(set);
      assertThat(reference).hasSize(set.size());
      for (String p : probes) {
        // A fresh copy, so that the answer cannot come from the same string object.
        String copy = new String(p.toCharArray());
        assertThat(set.has(copy)).as("%s", p).isEqualTo(reference.contains(p));
        assertThat(set.contains(copy)).isEqualTo(reference.contains(p));
        held += reference.contains(p) ? 1 : 0;
      }
      assertThat(set.contains(null)).isFalse();
      assertThat(set.contains(42)).isFalse();
    }
    assertThat(held).isGreaterThan(10_000);
    assertThat(probes.size()).isGreaterThan(30_000);
  }
}
