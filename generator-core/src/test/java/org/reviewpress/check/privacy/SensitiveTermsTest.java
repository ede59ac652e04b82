package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.ReviewpressException;

/** The sensitive-terms list: normalisation, the hashed file, and that plain terms never leave. */
class SensitiveTermsTest {

  @TempDir
  Path dir;

  private Path plain(String... lines) throws IOException {
    Path p = dir.resolve("terms.txt");
    Files.write(p, List.of(lines));
    return p;
  }

  private static List<String> found(SensitiveTerms t, String text) {
    return t.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  @Test
  void matchesIgnoreCaseAccentsPossessivesHyphensAndLineBreaks() throws IOException {
    SensitiveTerms t = SensitiveTerms.fromPlainList(plain("# family", "Zoë O'Brien", "Mary-Jane", "", "Acacia Avenue  # street"));
    assertThat(found(t, "ZOE O’BRIEN's coat")).containsExactly("ZOE O’BRIEN");
    assertThat(found(t, "zoe\n  o'brien")).containsExactly("zoe\n  o'brien");
    assertThat(found(t, "Mary Jane, MaryJane and mary-jane")).containsExactly("Mary Jane", "MaryJane", "mary-jane");
    assertThat(found(t, "acacia-avenue")).containsExactly("acacia-avenue");
    assertThat(found(t, "Zoe, O'Brien; Acacia, Avenue; Mary")).isEmpty();
  }

  @Test
  void theHashedFileMatchesLikeThePlainListAndHoldsNoTerm() throws IOException {
    Path hashed = dir.resolve(".reviewpress/sensitive-terms.sha256");
    int n = SensitiveTerms.writeHashedFile(plain("Kayleigh Brennan", "Oakmoor Estate"), hashed);
    assertThat(n).isEqualTo(2);
    String file = Files.readString(hashed);
    assertThat(file).doesNotContainIgnoringCase("kayleigh").doesNotContainIgnoringCase("brennan")
        .doesNotContainIgnoringCase("oakmoor").startsWith(SensitiveTerms.HEADER);
    SensitiveTerms t = SensitiveTerms.fromHashedFile(hashed);
    assertThat(found(t, "They moved to the OAKMOOR ESTATE with Kayleigh Brennan's help."))
        .containsExactly("OAKMOOR ESTATE", "Kayleigh Brennan");
  }

  @Test
  void rewritingKeepsTheSaltSoUnchangedTermsKeepTheirHashes() throws IOException {
    Path hashed = dir.resolve("h.sha256");
    SensitiveTerms.writeHashedFile(plain("Kayleigh Brennan"), hashed);
    String first = Files.readString(hashed);
    SensitiveTerms.writeHashedFile(plain("Kayleigh Brennan", "Darren Walsh"), hashed);
    List<String> second = Files.readAllLines(hashed);
    first.lines().filter(l -> !l.startsWith("#")).forEach(l -> assertThat(second).contains(l));
  }

  @Test
  void problemsNameTheFileAndLineButNeverTheTerm() throws IOException {
    Path p = plain("Short", "one two three four five six seven eight nine");
    assertThatThrownBy(() -> SensitiveTerms.fromPlainList(p))
        .isInstanceOf(ReviewpressException.class)
        .hasMessageContaining("Line 2").hasMessageNotContaining("seven");
    assertThatThrownBy(() -> SensitiveTerms.fromPlainList(dir.resolve("missing.txt")))
        .isInstanceOf(ReviewpressException.class).hasMessageContaining("does not exist");
    Path bad = dir.resolve("bad.sha256");
    Files.writeString(bad, "salt 00\nnot-a-hash\n");
    assertThatThrownBy(() -> SensitiveTerms.fromHashedFile(bad)).isInstanceOf(ReviewpressException.class)
        .hasMessageContaining("bad.sha256:1");
    assertThat(SensitiveTerms.fromPlainList(plain("Short")).toString()).doesNotContain("Short");
  }

  @Test
  void theCostIsLinearInTheTextLength() throws IOException {
    // Not a timing test: it counts that each word starts at most MAX_WORDS hashed n-grams, by
    // checking a long text with the term at its very end is still found exactly once.
    SensitiveTerms t = SensitiveTerms.fromPlainList(plain("Needle Haystack"));
    String text = "word ".repeat(20_000) + "Needle Haystack";
    assertThat(t.find(text)).hasSize(1);
  }
}
