package org.reviewpress.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes invented but realistic review reports for tests and benchmarks: a front matter with
 * findings, evidence, recommendations and a glossary, and a body with practice episodes, anchored
 * passages, analysis, agency tables and footnotes. The same arguments always give the same text.
 * With {@link #SIXTY_PAGES} episodes the report's PDF has about 60 pages.
 */
public final class ReportCorpus {

  /** The number of episodes that gives a PDF of about 60 pages. */
  public static final int SIXTY_PAGES = 44;

  /** The number of words in a long published review, the size the benchmarks are set for. */
  public static final int LONG_REVIEW_WORDS = 15_000;

  private static final String[] AGENCIES = {"Children's Social Care", "the police", "the school",
      "the school nursing service", "the GP practice", "the youth offending team", "housing services",
      "the early help team", "the community mental health team", "a voluntary sector youth project"};
  private static final String[] TOPICS = {"information sharing", "transitions between services",
      "supervision and reflection", "the voice of the child", "risk outside the home",
      "thresholds and step-down", "working with fathers", "neglect and poverty"};
  private static final String[] SENTENCES = {
      "Practitioners described high caseloads and few chances to reflect with a manager.",
      "The records show that each agency acted on the information it held at the time.",
      "Several meetings took place, but not every agency that knew the child was invited.",
      "The family told the review that they felt listened to by some workers and not by others.",
      "Managers said that the local procedures were clear, but that time to follow them was short.",
      "Referrals were screened quickly, and most decisions were recorded with reasons.",
      "The child said little in formal meetings but spoke more freely with the youth worker.",
      "Information about older associates stayed in police systems and did not reach the school.",
      "The assessment was completed on time and described the family's strengths in detail.",
      "A part-time timetable was agreed, which left the child without supervision most afternoons.",
      "Practitioners were unsure what they could share, and with whom, without consent.",
      "Handovers between teams met local standards but did not keep relationships going.",
  };
  private static final String[][] GLOSSARY = {
      {"CCE", "Child Criminal Exploitation"}, {"CIN", "Child in Need"}, {"CP", "Child Protection"},
      {"CSPR", "Child Safeguarding Practice Review"}, {"DSL", "Designated Safeguarding Lead"},
      {"EHCP", "Education, Health and Care Plan"}, {"GP", "General Practitioner (family doctor)"},
      {"MASH", "Multi-Agency Safeguarding Hub"}, {"NRM", "National Referral Mechanism"},
      {"PRU", "Pupil Referral Unit"}, {"RHI", "Return Home Interview"}, {"YOT", "Youth Offending Team"}};
  private static final String[] CATEGORIES = {"multi-agency-longer-term", "human-reasoning", "management-systems",
      "family-professional", "multi-agency-incidents", "human-tool"};

  private ReportCorpus() {}

  /** Writes {@code <sources>/<slug>/report.md} and returns the report file. */
  public static Path write(Path sources, String slug, int episodes, long seed) {
    Path file = sources.resolve(slug).resolve("report.md");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, markdown(episodes, seed), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The fewest episodes whose report has at least this many words (see {@link #words}). */
  public static int episodesFor(int words) {
    int episodes = 1;
    while (words(markdown(episodes, 1)) < words) {
      episodes++;
    }
    return episodes;
  }

  /**
   * The words of a report as a reader counts them: runs of characters between spaces that hold
   * at least one letter or digit, front matter prose included, YAML keys and Markdown markers not.
   */
  public static int words(String markdown) {
    int words = 0;
    for (String line : markdown.split("\n")) {
      String text = line.strip();
      int colon = text.indexOf(": ");
      if (!text.startsWith("|") && colon > 0 && text.substring(0, colon).matches("-? ?[a-z-]+")) {
        text = text.substring(colon + 2); // a YAML key is not a word of the report
      }
      for (String token : text.split("\\s+")) {
        if (token.chars().anyMatch(Character::isLetterOrDigit) && !token.startsWith("{#")) {
          words++;
        }
      }
    }
    return words;
  }

  /** The number of findings a report with this many episodes has: one per three episodes. */
  public static int findings(int episodes) {
    return Math.max(1, episodes / 3);
  }

  /** The text of a report with this many practice episodes. */
  public static String markdown(int episodes, long seed) {
    Random random = new Random(seed);
    int findings = findings(episodes);
    StringBuilder md = new StringBuilder(episodes * 6000);
    md.append("---\n")
        .append("title: \"Child Safeguarding Practice Review: Child R\"\n")
        .append("review-type: CSPR\n")
        .append("partnership: Westmere Safeguarding Children Partnership\n")
        .append("lead-reviewer: B. Reviewer\n")
        .append("published: 2026-02-02\n")
        .append("status: final\n")
        .append("lang: en-GB\n")
        .append("model: SCIE Learning Together\n")
        .append("keywords: [exploitation, transitions, information sharing, supervision]\n")
        .append("summary: >\n")
        .append("  Child R is an invented 14-year-old whose story is made up to test reviewpress.\n")
        .append("  The review looks at how agencies shared information and kept trusted adults\n")
        .append("  involved while his risk outside the home grew over two years.\n")
        .append("pseudonyms: [Child R, Mother, Father, Aunt]\n")
        .append("glossary:\n");
    for (String[] g : GLOSSARY) {
      md.append("  ").append(g[0]).append(": ").append(g[1]).append('\n');
    }
    md.append("findings:\n");
    for (int f = 1; f <= findings; f++) {
      String topic = TOPICS[(f - 1) % TOPICS.length];
      int episode = Math.min(episodes, 3 * f - 1);
      md.append("  - id: F").append(f).append('\n')
          .append("    title: \"Finding ").append(f).append(": how ").append(topic)
          .append(" shaped the help Child R received\"\n")
          .append("    statement: |\n")
          .append("      Practice around ").append(topic).append(" depended on individuals rather than on the system.\n")
          .append("      This happened because local processes were designed for single agencies and single events.\n")
          .append("      This meant that concerns held by different agencies were not brought together in time.\n")
          .append("    evidence: [\"#episode-").append(episode).append("\", \"#analysis-").append(f)
          .append("\", \"#passage-").append(episode).append("\"]\n")
          .append("    category: ").append(CATEGORIES[(f - 1) % CATEGORIES.length]).append('\n')
          .append("    priority: ").append(f % 3 == 0 ? "medium" : "high").append('\n')
          .append("    in-this-case: >\n      ").append(sentences(random, 4, "      ")).append('\n')
          .append("    not-peculiar: >\n      ").append(sentences(random, 3, "      ")).append('\n')
          .append("    how-widespread: >\n      ").append(sentences(random, 3, "      ")).append('\n')
          .append("    implications: >\n      ").append(sentences(random, 3, "      ")).append('\n')
          .append("    questions:\n")
          .append("      - \"How can the partnership make ").append(topic).append(" less dependent on individuals?\"\n")
          .append("      - \"How will leaders know whether the change has made a difference for children?\"\n");
    }
    md.append("recommendations:\n");
    for (int r = 1; r <= findings; r++) {
      md.append("  - id: R").append(r).append('\n')
          .append("    findings: [F").append(r).append("]\n")
          .append("    text: >\n")
          .append("      The partnership should agree how ").append(TOPICS[(r - 1) % TOPICS.length])
          .append(" is led across agencies and audit the change within twelve months.\n")
          .append("    owner: \"Westmere Safeguarding Children Partnership\"\n");
    }
    md.append("---\n\n");

    md.append("## Introduction {#introduction}\n\n");
    paragraphs(md, random, 3);
    md.append("## Why this review was carried out {#why-this-review}\n\n");
    paragraphs(md, random, 2);
    md.append("The duty to consider a review is set out in statutory guidance.[^1]\n\n");
    md.append("## Methodology {#methodology}\n\n");
    paragraphs(md, random, 2);
    md.append("| Agency | Involvement | Contribution to the review |\n|---|---|---|\n");
    for (String agency : AGENCIES) {
      md.append("| ").append(capitalise(agency)).append(" | ").append(sentences(random, 1, ""))
          .append(" | Chronology and a practitioner conversation |\n");
    }
    md.append('\n');

    md.append("## Key practice episodes {#key-episodes}\n\n");
    paragraphs(md, random, 1);
    for (int e = 1; e <= episodes; e++) {
      md.append("### Episode ").append(e).append(": ").append(capitalise(TOPICS[(e - 1) % TOPICS.length]))
          .append(" {#episode-").append(e).append("}\n\n");
      paragraphs(md, random, 2);
      md.append(sentences(random, 3, "")).append(" {#passage-").append(e).append("}\n\n");
      if (e % 4 == 0) {
        md.append("| Date | Agency | What happened |\n|---|---|---|\n");
        for (int row = 1; row <= 4; row++) {
          md.append("| Week ").append(row + e).append(" | ").append(capitalise(AGENCIES[random.nextInt(AGENCIES.length)]))
              .append(" | ").append(sentences(random, 1, "")).append(" |\n");
        }
        md.append('\n');
      }
      if (e % 5 == 0) {
        md.append("- ").append(sentences(random, 1, "")).append('\n')
            .append("- ").append(sentences(random, 1, "")).append('\n')
            .append("- ").append(sentences(random, 1, "")).append("\n\n");
      }
      paragraphs(md, random, 1);
    }

    md.append("## Analysis {#analysis}\n\n");
    paragraphs(md, random, 1);
    for (int f = 1; f <= findings; f++) {
      md.append("### ").append(capitalise(TOPICS[(f - 1) % TOPICS.length])).append(" (").append(f).append(")")
          .append(" {#analysis-").append(f).append("}\n\n");
      paragraphs(md, random, 4);
      md.append("> ").append(sentences(random, 2, "")).append("\n\n");
      md.append("This is the basis of Finding ").append(f).append(".[^2]\n\n");
    }
    md.append("## Conclusions {#conclusions}\n\n");
    paragraphs(md, random, 3);
    md.append("[^1]: Working Together to Safeguard Children 2023 sets out when a review is considered.\n\n");
    md.append("[^2]: The findings follow the SCIE Learning Together model of systems findings.\n");
    return md.toString();
  }

  private static void paragraphs(StringBuilder md, Random random, int count) {
    for (int i = 0; i < count; i++) {
      md.append(sentences(random, 4 + random.nextInt(3), "")).append("\n\n");
    }
  }

  private static String sentences(Random random, int count, String indent) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(SENTENCES[random.nextInt(SENTENCES.length)]);
    }
    return String.join(indent.isEmpty() ? " " : "\n" + indent, out);
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
