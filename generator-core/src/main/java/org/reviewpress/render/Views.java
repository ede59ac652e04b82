package org.reviewpress.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reviewpress.model.Anchor;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Recommendation;
import org.reviewpress.model.Ref;
import org.reviewpress.model.Report;
import org.reviewpress.model.Section;
import org.reviewpress.source.MarkdownReader;

/**
 * Turns the model into the plain maps the templates read. Template authors see these names
 * (documented in the README's theme section); keep them stable.
 */
final class Views {

  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Newest first; drafts (no date) last; then by title. */
  static final Comparator<Report> NEWEST_FIRST = Comparator
      .comparing((Report r) -> r.published().orElse(LocalDate.MIN), Comparator.reverseOrder())
      .thenComparing(Report::title);

  private Views() {}

  static Map<String, Object> site(SiteInfo site) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", site.title());
    m.put("partnership", site.partnership());
    m.put("baseUrl", site.baseUrl().orElse(null));
    return m;
  }

  static Map<String, Object> report(Report r, String bodyHtml, SiteInfo site, Optional<PdfInfo> pdf) {
    Map<String, Object> m = summary(r);
    m.put("lang", r.lang());
    m.put("shortTitle", shortTitle(r.title()));
    m.put("leadReviewer", r.leadReviewer().orElse(null));
    m.put("model", r.model().orElse(null));
    m.put("canonical", site.baseUrl().map(b -> b + r.slug() + "/").orElse(null));
    m.put("bodyHtml", bodyHtml);
    // Each anchor by id, the first of an id as Body.anchor finds it: one pass, not one search per citation.
    Map<String, Anchor> anchors = new java.util.HashMap<>();
    r.body().anchors().forEach(a -> anchors.putIfAbsent(a.id(), a));
    m.put("findings", r.findings().stream().map(f -> finding(r, f, anchors)).toList());
    m.put("recommendations", r.recommendations().stream().map(Views::recommendation).toList());
    List<Map<String, Object>> glossary = new ArrayList<>();
    r.glossary().forEach(g -> glossary.add(Map.of("term", g.term(), "definition", g.definition(),
        "id", MarkdownReader.slug(g.term()))));
    m.put("glossary", glossary);
    List<Map<String, Object>> contents = contents(r);
    m.put("contents", contents);
    m.put("contentsTree", contentsTree(contents)); // copies the entries it nests, changes none
    m.put("pdf", pdf.map(p -> Map.<String, Object>of("href", p.href(), "pages", p.pages(), "kilobytes", p.kilobytes()))
        .orElse(null));
    return m;
  }

  /** The fields shown for a report in lists (the index) and reused on its page. */
  static Map<String, Object> summary(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("slug", r.slug());
    m.put("href", r.slug() + "/index.html");
    m.put("title", r.title());
    m.put("reviewType", r.reviewType().code());
    m.put("reviewTypeName", r.reviewType().description());
    m.put("partnership", r.partnership());
    m.put("published", r.published().map(LocalDate::toString).orElse(null));
    m.put("publishedDisplay", r.published().map(DISPLAY::format).orElse(null));
    m.put("year", r.published().map(d -> String.valueOf(d.getYear())).orElse(""));
    m.put("status", r.status().code());
    m.put("keywords", r.keywords());
    m.put("summary", r.summary());
    m.put("findingsCount", r.findings().size());
    return m;
  }

  private static String shortTitle(String title) {
    int colon = title.lastIndexOf(':');
    return colon > 0 && colon < title.length() - 1 ? title.substring(colon + 1).trim() : title;
  }

  private static Map<String, Object> finding(Report r, Finding f, Map<String, Anchor> anchors) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("htmlId", f.htmlId());
    m.put("title", f.title());
    m.put("statement", paragraphs(f.statement()));
    m.put("category", f.category().map(c -> Map.of("code", c.code(), "label", c.label())).orElse(null));
    m.put("priority", f.priority().map(p -> p.code()).orElse(null));
    m.put("inThisCase", f.inThisCase().orElse(null));
    m.put("notPeculiar", f.notPeculiar().orElse(null));
    m.put("howWidespread", f.howWidespread().orElse(null));
    m.put("implications", f.implications().orElse(null));
    m.put("questions", f.questions());
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (Ref e : f.evidence()) {
      Anchor a = anchors.get(e.anchorId());
      String label = a != null ? label(a) : e.anchorId();
      evidence.add(Map.of("id", e.anchorId(), "label", label));
    }
    m.put("evidence", evidence);
    m.put("recommendations", r.recommendationsFor(f.id()).stream()
        .map(x -> Map.of("id", x.id(), "htmlId", x.htmlId())).toList());
    return m;
  }

  /** How an evidence link reads: the heading, or the start of the passage. */
  static String label(Anchor a) {
    String text = a.excerpt();
    if (a.kind() != Anchor.Kind.HEADING && text.length() > 90) {
      int cut = text.lastIndexOf(' ', 87);
      text = text.substring(0, cut > 40 ? cut : 87) + "...";
    }
    return a.kind() == Anchor.Kind.HEADING ? text : "Passage: \u201C" + text + "\u201D";
  }

  private static Map<String, Object> recommendation(Recommendation r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("htmlId", r.htmlId());
    m.put("text", r.text());
    m.put("owner", r.owner().orElse(null));
    m.put("findings", r.findings().stream().map(f -> Map.of("id", f.value(), "htmlId", "finding-" + f.value())).toList());
    return m;
  }

  private static List<Map<String, Object>> contents(Report r) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (!r.findings().isEmpty()) {
      out.add(entry("findings-summary", "Summary of findings", 2));
    }
    for (Section s : r.body().sections()) {
      if (s.level() == 2 || s.level() == 3) {
        out.add(entry(s.anchor(), s.title(), s.level()));
      }
    }
    if (!r.findings().isEmpty()) {
      out.add(entry("findings", "Findings", 2));
    }
    if (!r.recommendations().isEmpty()) {
      out.add(entry("recommendations", "Recommendations", 2));
    }
    if (!r.glossary().isEmpty()) {
      out.add(entry("glossary", "Glossary", 2));
    }
    return out;
  }

  /**
   * The same entries nested: each level-2 entry with its level-3 entries as {@code children},
   * so a theme can render a nested list that numbers only the main sections.
   */
  static List<Map<String, Object>> contentsTree(List<Map<String, Object>> flat) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<Map<String, Object>> children = null;
    for (Map<String, Object> e : flat) {
      if ((int) e.get("level") > 2 && children != null) {
        children.add(e);
        continue;
      }
      Map<String, Object> node = new LinkedHashMap<>(e);
      children = new ArrayList<>();
      node.put("children", children);
      out.add(node);
    }
    return out;
  }

  private static Map<String, Object> entry(String id, String title, int level) {
    return Map.of("id", id, "title", title, "level", level);
  }

  /**
   * The text's paragraphs: split where a run of whitespace holds two or more line breaks, each
   * paragraph's whitespace runs made single spaces, trimmed, empty ones left out. One scan; it
   * gives what {@code split("\\n\\s*\\n")}, {@code replaceAll("\\s+", " ")} and {@code trim()}
   * gave (ParagraphsTest compares them).
   */
  static List<String> paragraphs(String text) {
    // Over arrays: a charAt and an append call per character cost more under the client compiler.
    List<String> out = new ArrayList<>();
    int n = text.length();
    char[] cs = text.toCharArray();
    char[] p = new char[n];
    int len = 0;
    int i = 0;
    while (i < n) {
      char c = cs[i];
      if (!isRegexSpace(c)) {
        p[len++] = c;
        i++;
        continue;
      }
      int newlines = 0;
      while (i < n && isRegexSpace(cs[i])) {
        if (cs[i] == '\n') {
          newlines++;
        }
        i++;
      }
      if (newlines >= 2) {
        addTrimmed(p, len, out);
        len = 0;
      } else {
        p[len++] = ' ';
      }
    }
    addTrimmed(p, len, out);
    return out;
  }

  /** The paragraph {@code p[0, len)} trimmed as {@link String#trim} trims, unless that leaves it empty. */
  private static void addTrimmed(char[] p, int len, List<String> out) {
    int from = 0;
    int to = len;
    while (from < to && p[from] <= ' ') {
      from++;
    }
    while (to > from && p[to - 1] <= ' ') {
      to--;
    }
    if (from < to) {
      out.add(new String(p, from, to - from));
    }
  }

  /** {@code \\s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
