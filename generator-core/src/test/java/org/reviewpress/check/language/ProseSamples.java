package org.reviewpress.check.language;

import java.util.Random;
import org.reviewpress.corpus.ReportCorpus;

/**
 * Generated report.md texts that exercise what the language rules read: a realistic report from
 * {@link ReportCorpus} with random blocks added to its body and random entries to its glossary,
 * and a summary that holds random prose too. The random parts mix ordinary words with Markdown
 * markers, code, links, addresses, HTML, quotation marks of every kind, acronyms (dotted, plural,
 * possessive, Roman numerals), tone and jargon phrases, dates, abbreviations and letters outside
 * ASCII, so that the faster code and the old regular expressions can be compared on them.
 */
final class ProseSamples {

  private static final String[] WORDS = {"the", "child", "Child", "mother", "said", "a", "A", "I", "it", "was", "and",
      "school", "police", "review", "Dr.", "Mr.", "e.g.", "i.e.", "etc.", "No.", "no.", "4", "para.", "T.", "J.", "R.",
      "Smith", "Reviewer", "CAMHS", "GP", "GPs", "gp", "PRU's", "PRU’s", "U.K.", "UK", "U.K", "COVID-19", "LXX", "XIV",
      "IV", "VI", "MCM", "Part", "Section", "part", "Schedule", "Year", "King", "DNA", "LAC", "lac", "CIN", "NFA",
      "CP", "CP-IS", "S.47", "s.47", "A1", "B12", "3,000.50", "3,000", "1.5", "2020", "12", "10:30", "10.30am", "10am",
      "12/03/2020", "2020-03-12", "12th", "March", "May", "may", "Monday", "Tuesdays", "Jan", "Sept", "mid-May",
      "early", "late", "In", "on", "On", "during", "failed", "to", "fail", "failure", "thrive", "should", "have",
      "known", "missed", "opportunity", "opportunities", "with", "hindsight", "clearly,", "clearly", "was", "is",
      "obviously", "step", "down", "step-down", "looked", "after", "children", "signposted", "service", "users",
      "hard", "reach", "toxic", "trio", "placement", "breakdown", "non-engagement", "Über", "ÜBER", "über", "straße",
      "STRASSE", "ﬁle", "Ⅻ", "x²", "𝐀𝐁𝐂", "ǅungla", "İstanbul", "K", "ſtep", "café", "naïve", "children's",
      "parents'", "didn't", "don’t", "co-ordination", "re-referral", "Early", "Help", "early help", "Child in Need",
      "YOT", "MASH", "MASH's", "EHCPs", "ICB", "TAF", "Pupil", "Referral", "Unit", "WHO", "SEND", "ALL", "CAPS", "OK",
      "TV", "safeguarding", "beautiful", "table", "jumped", "wanted", "makes", "boxes", "create", "rhythm", "y",
      "yes", "queue", "area", "the", "of", "in", "that", "for", "about", "readily", "appropriate", "multi-agency"};
  private static final String[] GAPS = {" ", " ", " ", " ", "  ", ", ", ". ", "! ", "? ", "… ", "; ", ": ", " - ", "-",
      " (", ") ", " \"", "\" ", " “", "” ", " ‘", "’ ", " '", "' ", "\n", ".\n", " *", "* ", " **", "** ", " _", "_ ",
      "~~", "\\*", " `", "` ", " ``", "`` ", " [", "](http://example.org/a_b \"t\") ", "] ", "][r] ", "[^1] ", "[^n]: ",
      " <b>", "</b> ", " <br/> ", " <!-- note -->", " <!-- ", " --> ", " <http://x.org/a> ", " <a@b.org> ",
      " https://example.org/a.b?c=d. ", " www.Example.org/x, ", " see mailto:x@y.org ", " ann.b@council.gov.uk ",
      " {#id-1} ", " ![alt](p.png) ", "!", " |", " | ", "\\|", "’s ", ".” ", "?” ", " ... ", " — ", " – ", ".) ",
      " 1. ", " - ", " > ", ":", "\r\n", " \u2028", "\u0085 ", "\r",
      // Addresses in other schemes and cases, and colons that start none.
      " FTP://x.org/y ", " File:///c/d.pdf ", " HTTPS:x ", " tel:mailto:y ", " Http:", " 10:30 ", " Note: "};
  private static final String[] TERMS = {"GP", "GPs", "U.K.", "Child in Need", "early help", "Early  help", "CP-IS",
      "S.47", "step down", "Über", "straße", "LAC", "section 47", "CAMHS", "MASH", "Pupil Referral Unit", "TAF",
      "looked after child", "DNA", "x²", "(CAMHS)", "ſtep", "K", "e.g.", "A.B.C.", "YOT", "Year 9", "ICB", "multi-agency",
      "’s", "the", "SEND", "PRU"};

  private ProseSamples() {}

  /** A report with random prose; the same seed gives the same text. */
  static String report(long seed) {
    Random random = new Random(seed);
    String base = ReportCorpus.markdown(1 + random.nextInt(3), seed);
    StringBuilder glossary = new StringBuilder("glossary:\n");
    int terms = random.nextInt(8);
    for (int i = 0; i < terms; i++) {
      glossary.append("  ").append(quoted(TERMS[random.nextInt(TERMS.length)])).append(": ")
          .append(quoted(line(random, 4))).append('\n');
    }
    String summary = "summary: " + quoted(line(random, 30)) + "\n";
    String md = base.replaceFirst("glossary:\n", java.util.regex.Matcher.quoteReplacement(glossary.toString()))
        .replaceFirst("summary: >\n(?:  .*\n)+", java.util.regex.Matcher.quoteReplacement(summary));
    StringBuilder body = new StringBuilder(md);
    int blocks = 4 + random.nextInt(16);
    for (int i = 0; i < blocks; i++) {
      body.append('\n').append(block(random)).append('\n');
    }
    return body.toString();
  }

  private static String block(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> "#".repeat(1 + random.nextInt(4)) + " " + line(random, 6).replace("\n", " ") + (random.nextBoolean() ? " ##" : "")
          + (random.nextBoolean() ? " {#h-" + random.nextInt(99) + "}" : "") + "\n";
      case 1 -> line(random, 5).replace("\n", " ").strip() + "\n" + (random.nextBoolean() ? "===" : "---") + "\n";
      case 2 -> "> " + line(random, 20).replace("\n", "\n> ") + "\n";
      case 3 -> "- " + line(random, 8).replace("\n", " ") + "\n- [x] " + line(random, 8).replace("\n", " ")
          + "\n  " + line(random, 5).replace("\n", " ") + "\n1. " + line(random, 6).replace("\n", " ") + "\n";
      case 4 -> "| " + cell(random) + " | " + cell(random) + " |\n|---|:--:|\n| " + cell(random) + " | " + cell(random)
          + " |\n| " + cell(random) + " \\| " + cell(random) + " | x |\n";
      case 5 -> "```\n" + line(random, 10) + "\n```\n";
      case 6 -> "<div>\n" + line(random, 6) + "\n</div>\n";
      case 7 -> "    " + line(random, 5).replace("\n", " ") + "\n";
      default -> line(random, 10 + random.nextInt(60)) + "\n";
    };
  }

  /** A YAML double-quoted scalar. */
  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }

  private static String cell(Random random) {
    return line(random, 1 + random.nextInt(6)).replace("\n", " ").replace("|", " ");
  }

  /** Random words and gaps, the gaps being punctuation, markup or line breaks. */
  static String line(Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        b.append(random.nextInt(3) == 0 ? GAPS[random.nextInt(GAPS.length)] : " ");
      }
      b.append(WORDS[random.nextInt(WORDS.length)]);
    }
    String s = b.toString();
    // A line that starts a block must not turn into a different block (a list or a heading).
    return s.replace("\n-", "\n x").replace("\n#", "\n x").replace("\n>", "\n x").replace("\n ", "\n");
  }
}
