package org.reviewpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewpress.model.GlossaryEntry;
import org.reviewpress.model.SourcePosition;

/** {@link PageRenderer#occurring} finds in one scan exactly the terms {@code String.contains} finds one by one. */
class OccurringTermsTest {

  private static final String[] TERMS = {"MASH", "GP", "CP", "CIN", "C", "A&E", "caf\u00e9", "\uD83D\uDE00", "M",
      "MA", "MASH team", "", " ", "\u0000", "GPs", "PG"};
  private static final String[] TEXT = {"MAS", "H", "G", "P", "C", "IN", " ", "\u0000", "A&", "E", "caf", "\u00e9",
      "\uD83D", "\uDE00", "team", "x", "the"};

  @Test
  void oneScanFindsWhatContainsFinds() {
    Random r = new Random(9);
    int some = 0;
    for (int i = 0; i < 20_000; i++) {
      List<GlossaryEntry> glossary = new ArrayList<>();
      for (int k = r.nextInt(8); k > 0; k--) {
        glossary.add(new GlossaryEntry(TERMS[r.nextInt(TERMS.length)], "meaning",
            new SourcePosition(java.nio.file.Path.of("report.md"), 1, 1)));
      }
      StringBuilder text = new StringBuilder();
      for (int k = r.nextInt(30); k > 0; k--) {
        text.append(TEXT[r.nextInt(TEXT.length)]);
      }
      Set<String> expected = new java.util.HashSet<>();
      glossary.stream().map(GlossaryEntry::term).filter(t -> text.toString().contains(t)).forEach(expected::add);
      assertThat(PageRenderer.occurring(text, glossary)).as("terms in %s", text).isEqualTo(expected);
      if (!expected.isEmpty() && expected.size() < glossary.size()) {
        some++;
      }
    }
    assertThat(some).isGreaterThan(5_000);
  }
}
