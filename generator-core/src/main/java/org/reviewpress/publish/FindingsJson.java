package org.reviewpress.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewpress.model.Anchor;
import org.reviewpress.model.Block;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Recommendation;
import org.reviewpress.model.Ref;
import org.reviewpress.model.Report;
import org.reviewpress.render.SiteInfo;

/**
 * The findings of a report, and of the whole site, as JSON for national collation. The shape
 * is described by {@code findings.schema.json} (draft 2020-12) shipped in this jar; bump
 * {@link #SCHEMA_VERSION} on any change that is not a new optional field.
 */
public final class FindingsJson {

  /** Version of the findings.json format. */
  public static final String SCHEMA_VERSION = "1.0";

  /** Where the schema lives in the jar. */
  public static final String SCHEMA_RESOURCE = "/org/reviewpress/publish/findings.schema.json";

  static final Pattern MARKUP = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)|\\[\\^[^\\]]*\\]|\\{#[A-Za-z0-9_-]+\\}|<[^>]*>|[*_`]+");
  static final Pattern LINE_MARKER = Pattern.compile("(?m)^[ \\t]*(#+|>|[-*+:]|\\d+[.)])[ \\t]+");
  private static final int EXCERPT = 300;

  private FindingsJson() {}

  /** The {@code <slug>/findings.json} document. */
  public static String report(Report r, SiteInfo site, Optional<String> pdf) {
    return report(entry(r, site, pdf));
  }

  /** The {@code <slug>/findings.json} document of a report's {@link #entry}. */
  public static String report(Map<String, Object> entry) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schemaVersion", SCHEMA_VERSION);
    doc.put("generator", "reviewpress");
    doc.putAll(entry);
    return Json.write(doc);
  }

  /**
   * A report's {@link #entry} written once as JSON, from which both its own document
   * ({@link #report(Written)}) and its part of the site's ({@link #site(List, SiteInfo)}) are
   * made by copying text: the entry is not written again for the site file at the end of the
   * build, on one thread, while the other cores wait. The text is exactly what writing the whole
   * documents would give (FindingsJsonSpliceTest).
   *
   * @param json the entry as a top-level JSON object, as {@link Json#write} gives it
   */
  public record Written(String json) {

    public Written {
      if (!json.startsWith("{\n") || !json.endsWith("\n}\n")) {
        throw new IllegalArgumentException("Not a written findings entry");
      }
    }
  }

  /** Writes a report's {@link #entry} once, for {@link #report(Written)} and {@link #site(List, SiteInfo)}. */
  public static Written written(Map<String, Object> entry) {
    if (entry.isEmpty()) {
      throw new IllegalArgumentException("An entry has at least the report's details");
    }
    return new Written(Json.write(entry));
  }

  /** The {@code <slug>/findings.json} document of a report's {@link #written} entry. */
  public static String report(Written entry) {
    // The entry's fields, one level deep, follow the document's own two.
    return "{\n  \"schemaVersion\" : \"" + SCHEMA_VERSION + "\",\n  \"generator\" : \"reviewpress\",\n"
        + entry.json().substring(2);
  }

  private static final byte[] REPORT_HEAD = ("{\n  \"schemaVersion\" : \"" + SCHEMA_VERSION
      + "\",\n  \"generator\" : \"reviewpress\",\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /**
   * {@link #report(Written)} as the UTF-8 bytes of the file: the entry encoded once, not first
   * copied into a new string behind the document's head.
   */
  public static byte[] reportUtf8(Written entry) {
    byte[] json = entry.json().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = new byte[REPORT_HEAD.length + json.length - 2];
    System.arraycopy(REPORT_HEAD, 0, out, 0, REPORT_HEAD.length);
    System.arraycopy(json, 2, out, REPORT_HEAD.length, json.length - 2); // after the entry's own "{\n"
    return out;
  }

  /**
   * The site-wide {@code findings.json} from the reports' {@link #written} entries, newest
   * first: each entry is the report's own, indented two levels deeper (JSON strings hold no line
   * breaks, so every line of it moves).
   */
  public static String site(List<Written> entries, SiteInfo site) {
    String empty = siteWhole(List.of(), site);
    String tail = "[ ]\n}\n";
    if (entries.isEmpty()) {
      return empty;
    }
    if (!empty.endsWith(tail)) {
      throw new IllegalStateException("The site's findings document does not end with its reports");
    }
    long size = empty.length();
    for (Written e : entries) {
      size += e.json().length() + e.json().length() / 8 + 8;
    }
    StringBuilder b = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, size));
    b.append(empty, 0, empty.length() - tail.length()).append('[');
    String separator = "\n    ";
    for (Written e : entries) {
      b.append(separator);
      String json = e.json();
      int from = 0;
      int end = json.length() - 1; // the final line break is the document's, not the entry's
      for (int nl = json.indexOf('\n', from); nl >= 0 && nl < end; nl = json.indexOf('\n', from)) {
        b.append(json, from, nl).append("\n    ");
        from = nl + 1;
      }
      b.append(json, from, end);
      separator = ",\n    ";
    }
    return b.append("\n  ]\n}\n").toString();
  }

  /**
   * The site-wide {@code findings.json} from the reports' {@link #entry entries}, written whole:
   * what {@link #site(List, SiteInfo)} must give.
   */
  static String siteWhole(List<Map<String, Object>> entries, SiteInfo site) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schemaVersion", SCHEMA_VERSION);
    doc.put("generator", "reviewpress");
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("title", site.title());
    s.put("partnership", site.partnership());
    site.baseUrl().ifPresent(u -> s.put("baseUrl", u));
    doc.put("site", s);
    doc.put("reports", entries);
    return Json.write(doc);
  }

  /** One report's part of the findings documents: its details, findings and recommendations. Not to be modified. */
  public static Map<String, Object> entry(Report r, SiteInfo site, Optional<String> pdf) {
    // Evidence is looked up by anchor id: one map, not a search of every anchor per citation.
    Map<String, Anchor> anchors = new java.util.HashMap<>();
    for (Anchor a : r.body().anchors()) {
      anchors.putIfAbsent(a.id(), a);
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("slug", r.slug());
    meta.put("title", r.title());
    meta.put("reviewType", r.reviewType().code());
    meta.put("partnership", r.partnership());
    r.leadReviewer().ifPresent(v -> meta.put("leadReviewer", v));
    r.published().ifPresent(v -> meta.put("published", v.toString()));
    meta.put("status", r.status().code());
    meta.put("lang", r.lang());
    r.model().ifPresent(v -> meta.put("model", v));
    meta.put("keywords", r.keywords());
    meta.put("summary", r.summary());
    site.baseUrl().ifPresent(b -> meta.put("url", b + r.slug() + "/"));
    pdf.ifPresent(p -> meta.put("pdf", site.baseUrl().map(b -> b + r.slug() + "/" + p).orElse(p)));

    List<Object> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.id());
      m.put("title", f.title());
      m.put("statement", f.statement());
      f.category().ifPresent(c -> {
        m.put("category", c.code());
        m.put("categoryLabel", c.label());
      });
      f.priority().ifPresent(p -> m.put("priority", p.code()));
      f.inThisCase().ifPresent(v -> m.put("inThisCase", v));
      f.notPeculiar().ifPresent(v -> m.put("notPeculiar", v));
      f.howWidespread().ifPresent(v -> m.put("howWidespread", v));
      f.implications().ifPresent(v -> m.put("implications", v));
      m.put("questions", f.questions());
      List<Object> evidence = new ArrayList<>();
      for (Ref e : f.evidence()) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("anchor", e.anchorId());
        String local = r.slug() + "/index.html#" + e.anchorId();
        ev.put("url", site.baseUrl().map(b -> b + r.slug() + "/#" + e.anchorId()).orElse(local));
        Optional.ofNullable(anchors.get(e.anchorId())).ifPresent(a -> {
          ev.put("heading", a.kind() == Anchor.Kind.HEADING ? a.excerpt() : "");
          ev.put("excerpt", excerpt(r, a));
        });
        evidence.add(ev);
      }
      m.put("evidence", evidence);
      m.put("recommendations", r.recommendationsFor(f.id()).stream().map(Recommendation::id).toList());
      findings.add(m);
    }
    List<Object> recommendations = new ArrayList<>();
    for (Recommendation rec : r.recommendations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", rec.id());
      m.put("text", rec.text());
      rec.owner().ifPresent(o -> m.put("owner", o));
      m.put("findings", rec.findings().stream().map(Ref::value).toList());
      recommendations.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("report", meta);
    out.put("findings", findings);
    out.put("recommendations", recommendations);
    return out;
  }

  /** Plain text of a cited passage; for a heading, the first paragraph under it. */
  static String excerpt(Report r, Anchor a) {
    String source = r.source().text();
    if (a.kind() == Anchor.Kind.HEADING) {
      for (Block b : r.body().blocks()) { // a loop, not a stream and two lambdas per citation
        if (b.kind() == Block.Kind.PARAGRAPH && b.start() >= a.end()) {
          return plainText(source, r.source().chars(), b.start(), b.end());
        }
      }
      return "";
    }
    return plainText(source, r.source().chars(), a.start(), Math.min(a.end(), source.length()));
  }

  /**
   * The excerpt of {@code source[start, end)} ({@code chars} being the source's characters): what
   * {@code collapseSpaces(stripMarkup(removeLineMarkers(text))).trim()}, cut to {@link #EXCERPT}
   * characters at a space and ended with an ellipsis if longer, gives for the substring. One array
   * for each step instead of a string or two, each copied out again by the next step; the
   * patterns are tried where a match can begin, on the source itself for the line markers (a
   * region from a line start reads as a start of input to {@code ^}). ExcerptTextTest holds it
   * to the regular expressions.
   */
  static String plainText(String source, char[] chars, int start, int end) {
    // Line markers, at line starts whose first character can begin one.
    char[] a = new char[end - start];
    int an = 0;
    int last = start;
    Matcher lines = null;
    for (int i = start; i < end; ) {
      char c = chars[i];
      if (c == ' ' || c == '\t' || c == '#' || c == '>' || c == '-' || c == '*' || c == '+' || c == ':'
          || c >= '0' && c <= '9') {
        if (lines == null) {
          lines = LINE_MARKER.matcher(source);
        }
        if (lines.region(i, end).lookingAt()) {
          System.arraycopy(chars, last, a, an, i - last);
          an += i - last;
          last = lines.end();
          i = lines.end();
        }
      }
      i = nextLineStart(chars, i, end);
    }
    System.arraycopy(chars, last, a, an, end - last);
    an += end - last;

    // Markup, each match replaced by its first group, if anything can begin one.
    int first = 0;
    while (first < an && !canStartMarkup(a[first])) {
      first++;
    }
    char[] b = a;
    int bn = an;
    if (first < an) {
      Matcher m = MARKUP.matcher(new String(a, 0, an));
      b = new char[an];
      System.arraycopy(a, 0, b, 0, first);
      bn = first;
      int from = first;
      for (int i = first; i < an; ) {
        if (canStartMarkup(a[i]) && m.region(i, an).lookingAt()) {
          System.arraycopy(a, from, b, bn, i - from);
          bn += i - from;
          if (m.start(1) >= 0) {
            System.arraycopy(a, m.start(1), b, bn, m.end(1) - m.start(1));
            bn += m.end(1) - m.start(1);
          }
          from = m.end();
          i = m.end(); // every alternative takes at least one character
        } else {
          i++;
        }
      }
      System.arraycopy(a, from, b, bn, an - from);
      bn += an - from;
    }

    // White space runs as one space, in place; then trimmed as String.trim trims.
    int p = org.reviewpress.internal.Spaces.collapseInPlace(b, bn);
    int from = 0;
    while (from < p && b[from] <= ' ') {
      from++;
    }
    while (p > from && b[p - 1] <= ' ') {
      p--;
    }
    if (p - from <= EXCERPT) {
      return new String(b, from, p - from);
    }
    int cut = EXCERPT - 1; // the last space at or before this index, as lastIndexOf finds it
    while (cut >= 0 && b[from + cut] != ' ') {
      cut--;
    }
    int keep = cut > EXCERPT / 2 ? cut : EXCERPT - 1;
    b[from + keep] = '\u2026';
    return new String(b, from, keep + 1);
  }

  private static boolean canStartMarkup(char c) {
    return c == '[' || c == '!' || c == '{' || c == '<' || c == '*' || c == '_' || c == '`';
  }

  /*
   * The helpers below give exactly what Matcher.replaceAll gives (LINE_MARKER by "", MARKUP by
   * "$1", \s+ by " "), but try the patterns only where a match can begin: MARKUP at one of the
   * characters its alternatives start with, LINE_MARKER at the start of a line. Tried at every
   * character, MARKUP's five alternatives made excerpts most of findings.json's time.
   */

  /** {@code LINE_MARKER.matcher(s).replaceAll("")}. */
  static String removeLineMarkers(String s) {
    Matcher m = LINE_MARKER.matcher(s);
    StringBuilder b = null;
    int last = 0;
    int n = s.length();
    char[] cs = s.toCharArray();
    for (int i = 0; i < n; ) {
      // i is a line start as (?m)^ sees one: the text's start or after \n, \r (not \r\n), U+0085, U+2028, U+2029.
      if (m.region(i, n).lookingAt()) {
        if (b == null) {
          b = new StringBuilder(n);
        }
        b.append(s, last, i);
        last = m.end();
        i = m.end();
      }
      i = nextLineStart(cs, i, n);
    }
    return b == null ? s : b.append(s, last, n).toString();
  }

  /** Array reads rather than {@code charAt} calls: the client compiler calls each, with its own bounds check. */
  private static int nextLineStart(char[] s, int from, int n) {
    for (int i = from; i < n; i++) {
      char c = s[i];
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\r' && (i + 1 == n || s[i + 1] != '\n')) {
        return i + 1;
      }
    }
    return n;
  }

  /** {@code MARKUP.matcher(s).replaceAll("$1")}: each match becomes its first group, or nothing. */
  static String stripMarkup(String s) {
    Matcher m = MARKUP.matcher(s);
    StringBuilder b = null;
    int last = 0;
    int n = s.length();
    char[] cs = s.toCharArray();
    for (int i = 0; i < n; ) {
      char c = cs[i];
      boolean canStart = c == '[' || c == '!' || c == '{' || c == '<' || c == '*' || c == '_' || c == '`';
      if (canStart && m.region(i, n).lookingAt()) {
        if (b == null) {
          b = new StringBuilder(n);
        }
        b.append(s, last, i);
        if (m.start(1) >= 0) {
          b.append(s, m.start(1), m.end(1));
        }
        last = m.end();
        i = m.end(); // every alternative takes at least one character
      } else {
        i++;
      }
    }
    return b == null ? s : b.append(s, last, n).toString();
  }

  /** {@code s.replaceAll("\\s+", " ")}: every run of ASCII white space becomes one space. */
  static String collapseSpaces(String s) {
    return org.reviewpress.internal.Spaces.collapse(s);
  }

}
