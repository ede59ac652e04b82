package org.reviewpress.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reviewpress.model.Category;
import org.reviewpress.model.Finding;
import org.reviewpress.model.GlossaryEntry;
import org.reviewpress.model.Priority;
import org.reviewpress.model.Recommendation;
import org.reviewpress.model.Ref;
import org.reviewpress.model.ReviewType;
import org.reviewpress.model.SourcePosition;
import org.reviewpress.model.SourceText;
import org.reviewpress.model.Status;
import org.reviewpress.model.TextField;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Binds the YAML front matter of a report to the contract in {@code report-format.md}: every
 * missing, mistyped, unknown or duplicated value becomes a diagnostic at its line and column.
 */
final class FrontMatterReader {

  static final Set<String> TOP_KEYS = YamlReader.keys("title", "review-type", "partnership",
      "lead-reviewer", "published", "status", "lang", "model", "keywords", "summary", "pseudonyms",
      "glossary", "findings", "recommendations");
  static final Set<String> FINDING_KEYS = YamlReader.keys("id", "title", "statement", "evidence",
      "category", "priority", "in-this-case", "not-peculiar", "how-widespread", "implications",
      "questions");
  static final Set<String> RECOMMENDATION_KEYS = YamlReader.keys("id", "findings", "text", "owner");

  private static final Map<String, ReviewType> REVIEW_TYPES = new LinkedHashMap<>();
  private static final Map<String, Status> STATUSES = new LinkedHashMap<>();
  private static final Map<String, Category> CATEGORIES = new LinkedHashMap<>();
  private static final Map<String, Priority> PRIORITIES = new LinkedHashMap<>();

  static {
    for (ReviewType t : ReviewType.values()) {
      REVIEW_TYPES.put(t.code(), t);
    }
    for (Status s : Status.values()) {
      STATUSES.put(s.code(), s);
    }
    for (Category c : Category.values()) {
      CATEGORIES.put(c.code(), c);
    }
    for (Priority p : Priority.values()) {
      PRIORITIES.put(p.code(), p);
    }
  }

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private final SourceText source;
  private final YamlReader yaml;
  private final DiagnosticSink sink;
  private final SourcePosition fileStart;
  private final List<TextField> textFields = new ArrayList<>();

  FrontMatterReader(SourceText source, YamlReader yaml, DiagnosticSink sink) {
    this.source = source;
    this.yaml = yaml;
    this.sink = sink;
    this.fileStart = SourcePosition.startOf(source.file());
  }

  /** Reads the front matter; empty when it is too broken to describe a report. */
  Optional<FrontMatter> read(String text) {
    Optional<Node> root = yaml.compose(text);
    if (root.isEmpty()) {
      if (!sink.hasErrors()) {
        sink.error("frontmatter.required", fileStart, "The front matter is empty.",
            "Between the two '---' lines, write at least title, review-type and partnership.");
      }
      return Optional.empty();
    }
    if (!(root.get() instanceof MappingNode map)) {
      sink.error("frontmatter.type", yaml.position(root.get()),
          "The front matter should be a set of 'key: value' lines but is " + YamlReader.describe(root.get()) + ".",
          "Start with 'title: ...' on its own line, then 'review-type: ...' and 'partnership: ...'.");
      return Optional.empty();
    }
    // Missing keys are reported at the first key, where the author would add them.
    SourcePosition start = yaml.position(map);
    Map<String, YamlReader.Entry> e = yaml.entries(map, "the front matter");
    yaml.unknownKeys(e, TOP_KEYS, "the front matter");

    Optional<String> title = yaml.requiredText(e, "title", start, "The front matter", "\"Child Safeguarding Practice Review: Child T\"");
    track("title", e.get("title"));
    Optional<ReviewType> type = Optional.empty();
    if (e.containsKey("review-type")) {
      type = yaml.choice(e.get("review-type"), REVIEW_TYPES);
    } else {
      sink.error("frontmatter.required", start, "The front matter has no 'review-type'.",
          "Add a line 'review-type: CSPR' (one of " + String.join(", ", REVIEW_TYPES.keySet()) + ").");
    }
    Optional<String> partnership = yaml.requiredText(e, "partnership", start, "The front matter", "Northshire Safeguarding Children Partnership");
    track("partnership", e.get("partnership"));
    Optional<String> lead = optionalText(e, "lead-reviewer");
    Status status = e.containsKey("status") ? yaml.choice(e.get("status"), STATUSES).orElse(Status.DRAFT) : Status.DRAFT;
    Optional<LocalDate> published = date(e.get("published"));
    if (published.isEmpty() && status == Status.FINAL && !e.containsKey("published")) {
      sink.error("frontmatter.required", e.get("status").keyPosition(),
          "A final report needs a 'published' date.",
          "Add 'published: 2026-03-14' (year-month-day), or set 'status: draft' until it is published.");
    }
    String lang = optionalText(e, "lang").map(String::trim).orElse("en-GB");
    if (e.containsKey("lang") && !validLanguage(lang)) {
      sink.error("frontmatter.value", yaml.position(e.get("lang").value()),
          "'" + lang + "' is not a language tag.", "Write a language tag such as 'en-GB' or 'cy' (Welsh).");
      lang = "en-GB";
    }
    Optional<String> model = optionalText(e, "model");
    List<String> keywords = e.containsKey("keywords") ? values(yaml.textList(e.get("keywords")), "keywords") : List.of();
    String summary = optionalText(e, "summary").orElse("").trim();
    List<String> pseudonyms = e.containsKey("pseudonyms") ? values(yaml.textList(e.get("pseudonyms")), "pseudonyms") : List.of();
    List<GlossaryEntry> glossary = glossary(e.get("glossary"));
    List<Finding> findings = findings(e.get("findings"));
    List<Recommendation> recommendations = recommendations(e.get("recommendations"));

    if (title.isEmpty() || type.isEmpty() || partnership.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FrontMatter(title.get().trim(), type.get(), partnership.get().trim(), lead,
        published, status, lang, model, keywords, summary, pseudonyms, glossary, findings,
        recommendations, textFields));
  }

  /** Tags already checked: a site's reports share one or two, and the check builds a Locale each time. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> LANGUAGES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean validLanguage(String tag) {
    Boolean known = LANGUAGES.get(tag);
    if (known != null) {
      return known;
    }
    boolean valid = checkLanguage(tag);
    if (LANGUAGES.size() < 256) {
      LANGUAGES.put(tag, valid);
    }
    return valid;
  }

  private static boolean checkLanguage(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return !tag.isBlank() && !tag.equals("und");
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  private Optional<String> optionalText(Map<String, YamlReader.Entry> e, String key) {
    YamlReader.Entry entry = e.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    track(key, entry);
    return yaml.text(entry, "text").filter(s -> !s.isBlank());
  }

  /** Remembers where a free-text value lies so text checks can scan it. */
  private void track(String path, YamlReader.Entry entry) {
    if (entry != null && entry.value() instanceof ScalarNode s) {
      textFields.add(yaml.field(path, s));
    }
  }

  private List<String> values(List<YamlReader.Item> items, String path) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(items.get(i).value().trim());
      textFields.add(yaml.field(path + "[" + i + "]", items.get(i).node()));
    }
    return out;
  }

  private Optional<LocalDate> date(YamlReader.Entry e) {
    if (e == null) {
      return Optional.empty();
    }
    Optional<String> v = yaml.text(e, "a date");
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(isoDate(v.get().trim()));
    } catch (DateTimeParseException ex) {
      sink.error("frontmatter.type", yaml.position(e.value()),
          "'" + v.get().trim() + "' is not a date in the form year-month-day.",
          "Write the publication date as 2026-03-14 (four-digit year, then month, then day).");
      return Optional.empty();
    }
  }

  /**
   * {@link LocalDate#parse} of an ISO date. The usual "2026-03-14" (four, two and two ASCII digits)
   * is built directly: the formatter's general parse costs far more under C1. Anything else, and
   * a date that does not exist, goes to LocalDate.parse, which gives the date or the exception.
   */
  static LocalDate isoDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 28) {
        return LocalDate.of(y, m, d); // every month has day 28
      }
    }
    return LocalDate.parse(s);
  }

  /** The ASCII digits {@code s[from, to)} as a number, or -1 when one is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private List<GlossaryEntry> glossary(YamlReader.Entry e) {
    if (e == null || isNull(e.value())) {
      return List.of();
    }
    if (!(e.value() instanceof MappingNode map)) {
      sink.error("frontmatter.type", yaml.position(e.value()),
          "'glossary' should be a set of 'TERM: meaning' lines but is " + YamlReader.describe(e.value()) + ".",
          "Write each term on its own indented line, for example:\nglossary:\n  MASH: Multi-Agency Safeguarding Hub");
      return List.of();
    }
    List<GlossaryEntry> out = new ArrayList<>();
    for (YamlReader.Entry g : yaml.entries(map, "the glossary").values()) {
      Optional<String> def = yaml.text(g, "the meaning of the term");
      if (def.isEmpty() || def.get().isBlank()) {
        sink.error("frontmatter.required", g.keyPosition(), "The glossary term '" + g.key() + "' has no meaning.",
            "Write what '" + g.key() + "' stands for after the colon.");
        continue;
      }
      track("glossary." + g.key(), g);
      out.add(new GlossaryEntry(g.key().trim(), def.get().trim(), g.keyPosition()));
    }
    return out;
  }

  private List<Finding> findings(YamlReader.Entry e) {
    List<Finding> out = new ArrayList<>();
    Map<String, SourcePosition> seen = new HashMap<>();
    int index = 0;
    for (MappingNode m : listOfMappings(e, "findings", "a finding")) {
      String path = "findings[" + index++ + "]";
      Map<String, YamlReader.Entry> f = yaml.entries(m, "a finding");
      yaml.unknownKeys(f, FINDING_KEYS, "a finding");
      SourcePosition at = yaml.position(m);
      Optional<String> id = id(f, at, "finding", "F1", seen, "findings.duplicate-id");
      String label = id.map(s -> "Finding " + s).orElse("A finding");
      Optional<String> title = yaml.requiredText(f, "title", at, label, "\"A short title\"");
      trackAll(path, f, "title");
      Optional<String> statement = yaml.requiredText(f, "statement", at, label, "|\n      What the finding explains...");
      trackAll(path, f, "statement", "in-this-case", "not-peculiar", "how-widespread", "implications");
      List<Ref> evidence = new ArrayList<>();
      if (f.containsKey("evidence")) {
        for (YamlReader.Item item : yaml.textList(f.get("evidence"))) {
          evidence.add(new Ref(item.value().trim(), item.position()));
        }
      }
      Optional<Category> category = f.containsKey("category") ? yaml.choice(f.get("category"), CATEGORIES) : Optional.empty();
      Optional<Priority> priority = f.containsKey("priority") ? yaml.choice(f.get("priority"), PRIORITIES) : Optional.empty();
      List<String> questions = f.containsKey("questions") ? values(yaml.textList(f.get("questions")), path + ".questions") : List.of();
      if (id.isPresent() && title.isPresent() && statement.isPresent()) {
        SourcePosition statementAt = yaml.position(f.get("statement").value());
        out.add(new Finding(id.get(), title.get().trim(), statement.get().trim(), evidence, category, priority,
            text(f, "in-this-case"), text(f, "not-peculiar"), text(f, "how-widespread"), text(f, "implications"),
            questions, yaml.position(f.get("id").value()), statementAt));
      }
    }
    return out;
  }

  private List<Recommendation> recommendations(YamlReader.Entry e) {
    List<Recommendation> out = new ArrayList<>();
    Map<String, SourcePosition> seen = new HashMap<>();
    int index = 0;
    for (MappingNode m : listOfMappings(e, "recommendations", "a recommendation")) {
      String path = "recommendations[" + index++ + "]";
      Map<String, YamlReader.Entry> r = yaml.entries(m, "a recommendation");
      yaml.unknownKeys(r, RECOMMENDATION_KEYS, "a recommendation");
      SourcePosition at = yaml.position(m);
      Optional<String> id = id(r, at, "recommendation", "R1", seen, "recommendations.duplicate-id");
      String label = id.map(s -> "Recommendation " + s).orElse("A recommendation");
      List<Ref> findings = new ArrayList<>();
      if (r.containsKey("findings")) {
        for (YamlReader.Item item : yaml.textList(r.get("findings"))) {
          findings.add(new Ref(item.value().trim(), item.position()));
        }
      }
      if (findings.isEmpty()) {
        sink.error("frontmatter.required", r.containsKey("findings") ? r.get("findings").keyPosition() : at,
            label + " does not say which findings it answers.",
            "Add 'findings: [F1]' with the id of each finding the recommendation answers.");
      }
      Optional<String> text = yaml.requiredText(r, "text", at, label, "\"The partnership should...\"");
      trackAll(path, r, "text", "owner");
      if (id.isPresent() && text.isPresent()) {
        out.add(new Recommendation(id.get(), findings, text.get().trim(), text(r, "owner"),
            yaml.position(r.get("id").value())));
      }
    }
    return out;
  }

  private Optional<String> id(Map<String, YamlReader.Entry> m, SourcePosition at, String what, String example,
      Map<String, SourcePosition> seen, String duplicateRule) {
    Optional<String> id = yaml.requiredText(m, "id", at, "A " + what, example).map(String::trim);
    if (id.isEmpty()) {
      return id;
    }
    SourcePosition idAt = yaml.position(m.get("id").value());
    if (!ID.matcher(id.get()).matches()) {
      sink.error("frontmatter.value", idAt, "'" + id.get() + "' cannot be used as a " + what + " id.",
          "Start the id with a letter and use only letters, digits, '-', '_' or '.', for example " + example + ".");
      return Optional.empty();
    }
    SourcePosition first = seen.putIfAbsent(id.get(), idAt);
    if (first != null) {
      sink.error(duplicateRule, idAt,
          "The " + what + " id '" + id.get() + "' is already used at line " + first.line() + ".",
          "Give each " + what + " its own id, for example " + example.charAt(0) + (seen.size() + 1) + ".");
      return Optional.empty();
    }
    return id;
  }

  private void trackAll(String path, Map<String, YamlReader.Entry> m, String... keys) {
    for (String k : keys) {
      YamlReader.Entry entry = m.get(k);
      if (entry != null && entry.value() instanceof ScalarNode s) {
        textFields.add(yaml.field(path + "." + k, s));
      }
    }
  }

  private Optional<String> text(Map<String, YamlReader.Entry> m, String key) {
    YamlReader.Entry entry = m.get(key);
    return entry == null ? Optional.empty() : yaml.text(entry, "text").map(String::trim).filter(s -> !s.isEmpty());
  }

  private List<MappingNode> listOfMappings(YamlReader.Entry e, String key, String what) {
    if (e == null || isNull(e.value())) {
      return List.of();
    }
    if (!(e.value() instanceof SequenceNode seq)) {
      sink.error("frontmatter.type", yaml.position(e.value()),
          "'" + key + "' should be a list but is " + YamlReader.describe(e.value()) + ".",
          "Start each item with '- ' on its own line, indented under '" + key + ":'.");
      return List.of();
    }
    List<MappingNode> out = new ArrayList<>();
    for (Node n : seq.getValue()) {
      if (n instanceof MappingNode m) {
        out.add(m);
      } else {
        sink.error("frontmatter.type", yaml.position(n),
            "Each item of '" + key + "' should be " + what + " with keys such as 'id:', but this one is "
                + YamlReader.describe(n) + ".",
            "Write the item as indented 'key: value' lines after '- '.");
      }
    }
    return out;
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.NULL)
        && s.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN;
  }
}
