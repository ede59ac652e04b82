package org.reviewpress.robust;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of report.md text for the property tests: front matter that is sometimes right,
 * often nearly right, and sometimes random YAML-ish structure; Markdown bodies of random blocks,
 * nesting and nasty characters. What matters is that they reach the odd corners.
 */
final class Generated {

  private Generated() {}

  /** Characters authors and hostile inputs bring: YAML and Markdown syntax, controls, bidi, astral. */
  static final String NASTY = ":#&*!|>%@`'\"{}[],-?~<>/\\=+^$()_.;\t \u00a0\u00ad\u200b\u200e\u202e\u2028\u2029"
      + "\u0007\u001b\u007f\ufeff\ufffd\u00e9\u00df\u0131\u0130\u03a3\u05d0\u0627\u4e2d\u0301";

  static Arbitrary<String> nastyText(int max) {
    Arbitrary<String> chars = Arbitraries.strings()
        .withChars(NASTY)
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .ofMaxLength(max);
    Arbitrary<String> astral = Arbitraries.of("\uD83D\uDE00", "\uD834\uDD1E", "\uD83C\uDDEC\uD83C\uDDE7", "\uD800", "\uDC00")
        .list().ofMaxSize(3).map(l -> String.join("", l));
    return Combinators.combine(chars, astral, chars).as((a, b, c) -> a + b + c);
  }

  static Arbitrary<String> word() {
    return Arbitraries.oneOf(
        Arbitraries.of("title", "review-type", "partnership", "published", "status", "lang", "summary",
            "keywords", "pseudonyms", "glossary", "findings", "recommendations", "id", "statement", "evidence",
            "category", "priority", "text", "owner", "questions", "in-this-case", "F1", "R1", "MASH"),
        Arbitraries.strings().alpha().numeric().withChars("-_").ofMinLength(1).ofMaxLength(12));
  }

  /** A scalar as YAML writes it: plain, quoted, block, or a typed-looking value. */
  static Arbitrary<String> scalar() {
    return Arbitraries.oneOf(
        nastyText(30),
        nastyText(30).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
        nastyText(30).map(s -> "'" + s.replace("'", "''") + "'"),
        nastyText(60).map(s -> "|\n    " + s.replace("\n", "\n    ")),
        nastyText(60).map(s -> ">-\n    " + s),
        Arbitraries.of("", "~", "null", "true", "no", "2025-06-01", "2025-13-45", "1e3", "0x1F", "-", ".inf",
            "SAR", "CSPR", "final", "draft", "human-tool", "high", "en-GB", "\"#refusals\"", "[F1]", "[\"#gp-visit\"]",
            "&anchor x", "*anchor", "!!binary aGk=", "!!python/object:x {}", "{", "[", "]", "}", "? x", "%YAML 1.2"));
  }

  /** Random YAML-ish structure of bounded depth, in block or flow style. */
  static Arbitrary<String> yaml(int depth, String indent) {
    if (depth == 0) {
      return scalar();
    }
    Arbitrary<String> child = Arbitraries.lazy(() -> yaml(depth - 1, indent + "  "));
    Arbitrary<String> blockMap = Combinators.combine(word(), child).as((k, v) -> k + ": " + v)
        .list().ofMinSize(1).ofMaxSize(4).map(l -> "\n" + indent + "  " + String.join("\n" + indent + "  ", l));
    Arbitrary<String> blockList = child.list().ofMinSize(1).ofMaxSize(4)
        .map(l -> "\n" + indent + "  - " + String.join("\n" + indent + "  - ", l));
    Arbitrary<String> flow = child.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l).replace("\n", " ") + "]");
    return Arbitraries.oneOf(scalar(), blockMap, blockList, flow);
  }

  /** A front matter block: a valid report's keys with some values replaced or mangled. */
  static Arbitrary<String> frontMatter() {
    Arbitrary<String> valid = Arbitraries.just(Project.FRONT);
    Arbitrary<String> mangled = Combinators.combine(
        Arbitraries.integers().between(1, (int) Project.FRONT.lines().count() - 2),
        Combinators.combine(word(), yaml(2, "")).as((k, v) -> k + ": " + v),
        Arbitraries.of("replace", "insert", "indent", "tab"))
        .as((line, extra, how) -> {
          List<String> lines = new java.util.ArrayList<>(Project.FRONT.lines().toList());
          switch (how) {
            case "replace" -> lines.set(line, extra);
            case "insert" -> lines.add(line, extra);
            case "indent" -> lines.set(line, "   " + lines.get(line));
            default -> lines.set(line, lines.get(line).replaceFirst("^ +", "\t"));
          }
          return String.join("\n", lines) + "\n";
        });
    Arbitrary<String> random = Combinators.combine(word(), yaml(3, "")).as((k, v) -> k + ": " + v)
        .list().ofMaxSize(6).map(l -> "---\n" + String.join("\n", l) + "\n---\n");
    Arbitrary<String> garbage = nastyText(80).map(s -> "---\n" + s + "\n---\n");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, valid), net.jqwik.api.Tuple.of(4, mangled),
        net.jqwik.api.Tuple.of(2, random), net.jqwik.api.Tuple.of(1, garbage));
  }

  /** Nasty text YAML accepts inside double quotes (no controls or lone surrogates), never blank. */
  static Arbitrary<String> quotable(int max) {
    return nastyText(max).map(t -> t.codePoints()
            .filter(c -> c == '\t' || c >= ' ' && c != 0x7f && c != 0xfeff && !(c >= 0xd800 && c <= 0xdfff))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
        .map(t -> "\"R " + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
  }

  /** Front matter that is valid YAML and a valid report, its free-text values replaced by nasty text. */
  static Arbitrary<String> validFrontMatter() {
    return Combinators.combine(quotable(60), quotable(200), quotable(60), quotable(200), quotable(80))
        .as((title, summary, findingTitle, statement, text) -> Project.FRONT
            .replace("title: \"Safeguarding Adults Review: Adult H\"",
                "title: " + title + "\nsummary: " + summary + "\nkeywords: [" + findingTitle + ", " + title + "]")
            .replace("title: Declined help was recorded as a choice", "title: " + findingTitle)
            .replace("statement: Because the template only asked whether help was accepted, refusals closed the case.",
                "statement: " + statement)
            .replace("text: Change the visit template.", "text: " + text));
  }

  /** Mostly reports that read cleanly, so that whole builds publish; sometimes any report. */
  static Arbitrary<String> publishable() {
    Arbitrary<String> valid = Combinators.combine(validFrontMatter(), body()).as((f, b) -> f + Project.BODY + b);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, valid), net.jqwik.api.Tuple.of(1, report()));
  }

  static Arbitrary<String> url() {
    return Arbitraries.oneOf(
        Arbitraries.of("#refusals", "#gp-visit", "#missing", "images/a.png", "../secret.txt", "/etc/passwd",
            "file:///etc/passwd", "https://example.org/x?a=1&b=<2>", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "&#106;avascript:alert(1)", "%6a%61vascript:alert(1)", "mailto:x@example.org",
            "<javascript:alert(1)>", "", "#", "C:\\Windows\\x.png", "\\\\server\\share\\x.png", "images/%2e%2e/%2e%2e/x",
            "images/a.png \"title\"", "x.png 'a'", "(a)", "<>"),
        nastyText(20));
  }

  /** One Markdown block. */
  static Arbitrary<String> block(int depth) {
    Arbitrary<String> text = nastyText(60);
    Arbitrary<String> inline = Arbitraries.oneOf(text,
        Combinators.combine(text, url()).as((t, u) -> "[" + t + "](" + u + ")"),
        Combinators.combine(text, url()).as((t, u) -> "![" + t + "](" + u + ")"),
        text.map(t -> "*" + t + "*"), text.map(t -> "**" + t + "__"), text.map(t -> "`" + t),
        Arbitraries.of("[^1]", "[^note]", "<b>", "</b>", "<img src=x onerror=alert(1)>", "<script>alert(1)</script>",
            "<a href=\"javascript:alert(1)\">x</a>", "<!--", "-->", "&amp;", "&#0;", "&#x110000;", "\\", "<svg onload=alert(1)>"));
    Arbitrary<String> paragraph = inline.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
    Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of("refusals", "gp-visit", "x", "a\"b", "a b", "<s>", ""),
        Arbitraries.strings().alpha().numeric().withChars("-_\"'<>&#{}").ofMaxLength(10));
    Arbitrary<String> leaf = Arbitraries.oneOf(
        paragraph,
        Combinators.combine(Arbitraries.integers().between(1, 7), paragraph, id)
            .as((n, t, i) -> "#".repeat(n) + " " + t + " {#" + i + "}"),
        Combinators.combine(paragraph, id).as((t, i) -> t + " {#" + i + "}"),
        id.map(i -> "{#" + i + "}"),
        paragraph.map(t -> "```\n" + t + "\n"),
        paragraph.map(t -> "~~~ " + t + "\n" + t + "\n~~~"),
        paragraph.list().ofMinSize(1).ofMaxSize(4).map(l -> "| " + String.join(" | ", l) + " |\n|---|:-:|\n| " + String.join(" |", l)),
        paragraph.map(t -> "[^1]: " + t),
        paragraph.map(t -> t + "\n: " + t),
        Arbitraries.of("<!-- reviewpress-allow findings.descriptive: quoted -->", "<!-- reviewpress-allow x -->",
            "<!-- reviewpress-allow -->", "<div>", "</div>", "<table><tr><td>x", "<iframe src=x>", "<form action=x>",
            "<style>body{}</style>", "<base href=x>", "<meta http-equiv=refresh content=0;url=x>", "---", "***", "", "  ", "\t"));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> inner = Arbitraries.lazy(() -> block(depth - 1));
    return Arbitraries.oneOf(leaf, leaf,
        Combinators.combine(Arbitraries.of("- ", "* ", "1. ", "3) ", "> ", "    ", "\t", ": "), inner)
            .as((marker, b) -> marker + b.replace("\n", "\n" + " ".repeat(marker.length()))),
        inner.map(b -> "> " + b.replace("\n", "\n> ")));
  }

  /** A body of random blocks; half the time after the passages {@link Project#FRONT} cites. */
  static Arbitrary<String> body() {
    return Combinators.combine(Arbitraries.of("", Project.BODY), block(4).list().ofMaxSize(10))
        .as((cited, blocks) -> cited + "\n" + String.join("\n\n", blocks) + "\n");
  }

  /** A whole report.md, sometimes with its line endings changed or its text cut short. */
  static Arbitrary<String> report() {
    return Combinators.combine(frontMatter(), body(), Arbitraries.of("lf", "crlf", "cr", "bom"),
        Arbitraries.integers().between(0, 100).withoutEdgeCases())
        .as((front, body, ending, cut) -> {
          String text = front + body;
          if (cut < 10) {
            text = text.substring(0, text.length() * cut / 10); // a half-saved file
          }
          return switch (ending) {
            case "crlf" -> text.replace("\n", "\r\n");
            case "cr" -> text.replace("\n", "\r");
            case "bom" -> "\uFEFF" + text;
            default -> text;
          };
        });
  }
}
