package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reviewpress.check.Fixtures;
import org.reviewpress.model.Block;
import org.reviewpress.model.Report;
import org.reviewpress.model.TextField;

/**
 * The scan text is built with plain string searches instead of three regex passes; it must be
 * exactly the text the regex passes made ({@link #byRegex}, the earlier build kept as the
 * reference), and its index must list exactly the digit and letter runs of that text.
 */
class ScanTextTest {

  @Test
  void everyFixtureAndCorpusReportScansAsTheRegexBuildDid() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Fixtures.ROOT, PrivacyCorpusTest.CORPUS)) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    files.add(PrivacyCorpusTest.EXAMPLE);
    int compared = 0;
    for (Path f : files) {
      var read = Fixtures.read(f);
      if (read.report().isEmpty()) {
        continue;
      }
      Report r = read.report().get();
      ScanText scan = ScanText.of(r);
      Reference ref = byRegex(r);
      assertThat(scan.text()).as(f.toString()).isEqualTo(ref.text());
      for (int i = 0; i < scan.text().length(); i++) {
        assertThat(scan.scanned(i)).as(f + " scanned at " + i).isEqualTo(ref.scanned().get(i));
        assertThat(scan.titleCase(i)).as(f + " title case at " + i).isEqualTo(ref.titleCase().get(i));
      }
      assertIndexed(scan.text(), scan.index());
      compared++;
    }
    assertThat(compared).isGreaterThan(50);
  }

  @Test
  void markupToBlankIsFoundWhereverTheRegexesFoundIt() {
    String[] pieces = {"{#", "}", "[^", "]", "a", "-", "_", " ", "\n", "\r\n", "\t", "x1", ":", "reviewpress-allow",
        "privacy.date", "{", "#", "[", "^", "\u00e9"};
    java.util.Random random = new java.util.Random(11);
    int blanked = 0;
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(14); i >= 0; i--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String body = b.toString();
      Report r = report(FRONT[round % 2] + body);
      String built = ScanText.of(r).text();
      assertThat(built).as(body).isEqualTo(byRegex(r).text());
      assertIndexed(built, TextIndex.of(built));
      int from = r.body().start();
      if (!built.substring(from).equals(r.source().text().substring(from).replace('\r', '\n'))) {
        blanked++;
      }
    }
    assertThat(blanked).isGreaterThan(200);
  }

  private static final String[] FRONT = {"---\ntitle: \"A review\"\nreview-type: CSPR\npartnership: North\n---\n",
      "---\r\ntitle: \"Child P {#x}\"\r\nreview-type: CSPR\r\npartnership: N [^1]\r\npseudonyms: [Child P]\r\n---\r\n"};

  private static Report report(String text) {
    Path f = Path.of("generated.md");
    return new org.reviewpress.source.ReportReader(new org.reviewpress.source.MarkdownReader())
        .read(new org.reviewpress.source.ReportSource("generated", Path.of("."), f, f), text).report().orElseThrow();
  }

  /**
   * The index lists the starts of every run of ASCII digits, of ASCII letters and of {@code [\w-]}, in order, and
   * each word's first two letters.
   */
  private static void assertIndexed(String text, TextIndex index) {
    List<Integer> digits = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    Matcher d = Pattern.compile("[0-9]+").matcher(text);
    while (d.find()) {
      digits.add(d.start());
      ends.add(d.end());
    }
    List<Integer> words = new ArrayList<>();
    List<Integer> openings = new ArrayList<>();
    Matcher w = Pattern.compile("[A-Za-z]+").matcher(text);
    while (w.find()) {
      words.add(w.start());
      String lower = w.group().toLowerCase(java.util.Locale.ROOT);
      openings.add(lower.length() < 2 ? -1 : (lower.charAt(0) - 'a') * 26 + lower.charAt(1) - 'a');
    }
    List<Integer> gotDigits = new ArrayList<>();
    List<Integer> gotEnds = new ArrayList<>();
    for (int k = 0; k < index.digitRuns(); k++) {
      gotDigits.add(index.digitStart(k));
      gotEnds.add(index.digitEnd(k));
    }
    List<Integer> gotWords = new ArrayList<>();
    List<Integer> gotOpenings = new ArrayList<>();
    for (int k = 0; k < index.wordRuns(); k++) {
      gotWords.add(index.wordStart(k));
      gotOpenings.add(index.wordOpening(k));
    }
    // The runs of [\w-], where the word-list searches can begin, found in the same pass.
    List<Integer> wordish = new ArrayList<>();
    Matcher r = Pattern.compile("[\\w-]+").matcher(text);
    while (r.find()) {
      wordish.add(r.start());
    }
    List<Integer> gotWordish = new ArrayList<>();
    for (int k = 0; k < index.wordishRuns(); k++) {
      gotWordish.add(index.wordishStart(k));
    }
    assertThat(gotWordish).isEqualTo(wordish);
    assertThat(gotOpenings).isEqualTo(openings);
    assertThat(gotDigits).isEqualTo(digits);
    assertThat(gotEnds).isEqualTo(ends);
    assertThat(gotWords).isEqualTo(words);
  }

  private record Reference(String text, BitSet titleCase, BitSet scanned) {}

  private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\{#[A-Za-z0-9_-]+\\}");
  private static final Pattern FOOTNOTE_LABEL = Pattern.compile("\\[\\^[^\\]\\s]*\\]");
  private static final Pattern EXEMPTION_HEAD = Pattern.compile("reviewpress-allow\\s+[^\\s:]*");

  /** The scan text as it was built before the plain string searches: the reference. */
  private static Reference byRegex(Report report) {
    String src = report.source().text();
    char[] buf = new char[src.length()];
    Arrays.fill(buf, ' ');
    BitSet scanned = new BitSet(src.length());
    BitSet titleCase = new BitSet(src.length());
    for (int i = 0; i < buf.length; i++) {
      char c = src.charAt(i);
      if (c == '\n' || c == '\r') {
        buf[i] = '\n';
      }
    }
    for (TextField f : report.textFields()) {
      if (f.path().startsWith("pseudonyms") || f.path().equals("lang")) {
        continue;
      }
      copy(src, buf, scanned, f.start(), f.end());
      if (f.path().equals("title") || f.path().endsWith(".title") || f.path().startsWith("glossary.")
          || f.path().equals("partnership") || f.path().equals("model")) {
        titleCase.set(f.start(), Math.min(f.end(), src.length()));
      }
    }
    int bodyStart = report.body().start();
    copy(src, buf, scanned, bodyStart, src.length());
    blank(buf, src, bodyStart, ID_ATTRIBUTE);
    blank(buf, src, bodyStart, FOOTNOTE_LABEL);
    blank(buf, src, bodyStart, EXEMPTION_HEAD);
    for (Block b : report.body().blocks()) {
      if (b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.TABLE) {
        titleCase.set(Math.max(0, b.start()), Math.min(b.end(), src.length()));
      }
    }
    return new Reference(new String(buf), titleCase, scanned);
  }

  private static void copy(String src, char[] buf, BitSet scanned, int start, int end) {
    int s = Math.max(0, start);
    int e = Math.min(end, src.length());
    for (int i = s; i < e; i++) {
      char c = src.charAt(i);
      buf[i] = c == '\r' ? '\n' : c;
    }
    if (s < e) {
      scanned.set(s, e);
    }
  }

  private static void blank(char[] buf, String src, int from, Pattern p) {
    Matcher m = p.matcher(src);
    m.region(from, src.length());
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (buf[i] != '\n') {
          buf[i] = ' ';
        }
      }
    }
  }
}
