package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PipeTables} only skips Flexmark's table pre-processor for paragraphs whose first line
 * holds no '|', where Flexmark's own gives up: on generated Markdown with pipes in every place
 * (tables, paragraphs, code, lists, quotes, non-ASCII text) the tree and the HTML must be
 * Flexmark's own, node for node.
 */
class PipeTablesTest {

  private static final String[] PIECES = {"Child", " T", " ", "\n", "\n\n", "\r\n", "|", " | ", "||", "\\|",
      "| a | b |\n|---|---|\n| c | d |\n", "a | b\n--|--\nc | d\n", "|:--|--:|:-:|\n", "| x |\n", "---\n",
      "- ", "> ", "1. ", "    ", "`a|b`", "```\n| no | table |\n```\n", "caf\u00e9 | \u2014 \u201cquoted\u201d",
      "Jo\u00eblle | Zo\u00eb\n", "Term\n: def | x\n", "[^1]: a | b\n", "[l](#a|b)", "*e|m*", "\uD83D\uDE00|",
      "# Heading | x\n", "| \u00e9 | \u2019 |\n| --- | --- |\n| \u201ca\u201d | b |\n"};

  @Test
  void treesAndHtmlAreFlexmarksOwn() {
    Parser stock = parser(TablesExtension.create());
    Parser gated = parser(PipeTables.create());
    HtmlRenderer stockHtml = HtmlRenderer.builder(options(TablesExtension.create())).build();
    HtmlRenderer gatedHtml = HtmlRenderer.builder(options(PipeTables.create())).build();
    Random r = new Random(17);
    int tables = 0;
    for (int i = 0; i < 5_000; i++) {
      String md = markdown(r);
      Document expected = stock.parse(md);
      Document actual = gated.parse(md);
      assertThat(tree(actual)).as("tree of %s", md).isEqualTo(tree(expected));
      assertThat(gatedHtml.render(actual)).as("HTML of %s", md).isEqualTo(stockHtml.render(expected));
      // MarkdownReader hands Flexmark the text as an array: the gate searches that instead.
      Document fromArray = gated.parse(CharSubSequence.of(md.toCharArray(), 0, md.length()));
      assertThat(tree(fromArray)).as("tree of %s read from an array", md).isEqualTo(tree(expected));
      assertThat(gatedHtml.render(fromArray)).as("HTML of %s read from an array", md).isEqualTo(stockHtml.render(expected));
      tables += count(expected);
    }
    assertThat(tables).as("tables in the generated Markdown").isGreaterThan(2_000);
  }

  private static String markdown(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(40);
    for (int k = 0; k < n; k++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static MutableDataSet options(Extension tables) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(tables, FootnoteExtension.create(), DefinitionExtension.create()));
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    return options;
  }

  private static Parser parser(Extension tables) {
    return Parser.builder(options(tables)).build();
  }

  /** Every node in document order: its type, where it lies and its characters. */
  private static String tree(Node root) {
    StringBuilder b = new StringBuilder();
    dump(root, 0, b);
    return b.toString();
  }

  private static void dump(Node n, int depth, StringBuilder b) {
    b.append(" ".repeat(depth)).append(n.getClass().getSimpleName()).append('[').append(n.getStartOffset())
        .append(',').append(n.getEndOffset()).append("] ").append(n.getChars().toString().replace("\n", "\\n"))
        .append('\n');
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      dump(c, depth + 1, b);
    }
  }

  private static int count(Node n) {
    int tables = n instanceof TableBlock ? 1 : 0;
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      tables += count(c);
    }
    return tables;
  }
}
