package org.reviewpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.reviewpress.model.GlossaryEntry;
import org.reviewpress.model.SourcePosition;

/**
 * {@link PageRenderer#occurring} finds in one scan exactly the terms that {@code String.contains} finds
 * in some text node, one node and one term at a time.
 */
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
      // Text nodes of one to four pieces each: a term may stand in a node, across two, or not at all.
      List<TextNode> nodes = new ArrayList<>();
      for (int k = r.nextInt(10); k > 0; k--) {
        StringBuilder text = new StringBuilder();
        for (int p = 1 + r.nextInt(r.nextInt(50) == 0 ? 800 : 4); p > 0; p--) { // now and then one longer than a buffer
          text.append(TEXT[r.nextInt(TEXT.length)]);
        }
        nodes.add(new TextNode(text.toString()));
      }
      Set<String> expected = new java.util.HashSet<>();
      for (GlossaryEntry g : glossary) {
        if (g.term().isEmpty() || nodes.stream().anyMatch(t -> t.getWholeText().contains(g.term()))) {
          expected.add(g.term());
        }
      }
      assertThat(PageRenderer.occurring(nodes, glossary)).as("terms in %s", nodes).isEqualTo(expected);
      if (!expected.isEmpty() && expected.size() < glossary.size()) {
        some++;
      }
    }
    assertThat(some).isGreaterThan(5_000);
  }

  /** The switch that skips elements whose text gets no abbreviation says what the set says. */
  @Test
  void elementsWithoutAbbreviationsAreTheListedOnes() {
    List<String> names = new ArrayList<>(PageRenderer.NO_ABBR);
    names.addAll(List.of("p", "div", "li", "dd", "td", "th", "span", "em", "strong", "main", "section", "h7", "H2",
        "ab", "abbrs", "", "custom-el", "caption", "blockquote"));
    for (String name : names) {
      assertThat(PageRenderer.noAbbreviation(name)).as(name).isEqualTo(PageRenderer.NO_ABBR.contains(name));
    }
  }
}
