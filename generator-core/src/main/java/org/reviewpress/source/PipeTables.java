package org.reviewpress.source;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Flexmark's tables extension, with its paragraph pre-processor asked only about paragraphs that
 * can start a table. Flexmark's own pre-processor gives up on a paragraph whose first line holds
 * no '|', but finds that out one character at a time through its character sequences, for every
 * paragraph of a report; here the first '|' at or after the paragraph is found with
 * one search of the parsed text and remembered, so most paragraphs cost a comparison. Every
 * other paragraph, and the renderer, is Flexmark's.
 */
final class PipeTables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

  private final TablesExtension tables = TablesExtension.create();

  static PipeTables create() {
    return new PipeTables();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    tables.parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
    tables.rendererOptions(options);
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    tables.extend(builder, rendererType);
  }

  /** Flexmark's factory, with its place among the other pre-processors, handing out gates. */
  private static final class Factory implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory tables;

    Factory(ParagraphPreProcessorFactory tables) {
      this.tables = tables;
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      return new Gate(tables.apply(state));
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return tables.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return tables.affectsGlobalScope();
    }
  }

  /** One document's pre-processor: Flexmark's, behind the '|' check. */
  static final class Gate implements ParagraphPreProcessor {
    private final ParagraphPreProcessor tables;
    /** The text last searched: a String or a char[]. */
    private Object base;
    /** The first '|' in {@link #base} at or after {@link #from}, or -1 when there is none. */
    private int pipe;
    private int from = Integer.MAX_VALUE;

    Gate(ParagraphPreProcessor tables) {
      this.tables = tables;
    }

    @Override
    public int preProcessBlock(Paragraph block, ParserState state) {
      if (block.getLineCount() > 0) {
        BasedSequence line = block.getLineChars(0);
        Object text = line instanceof SubSequence s && s.getBase() instanceof String t ? t
            : line instanceof CharSubSequence c ? c.getBase() : null;
        if (text != null && !hasPipe(text, line.getStartOffset(), line.getEndOffset())) {
          return 0; // what Flexmark returns for a first line without '|'
        }
      }
      return tables.preProcessBlock(block, state);
    }

    /** Whether {@code text[start, end)} holds a '|'; {@code text} is a String or a char[]. */
    boolean hasPipe(Object text, int start, int end) {
      // The remembered '|' is the first at or after start too when nothing lies between from and start.
      if (text != base || start < from || pipe >= 0 && pipe < start) {
        base = text;
        from = start;
        pipe = text instanceof String s ? s.indexOf('|', start) : indexOf((char[]) text, '|', start);
      }
      return pipe >= 0 && pipe < end;
    }

    private static int indexOf(char[] chars, char c, int from) {
      for (int i = from; i < chars.length; i++) {
        if (chars[i] == c) {
          return i;
        }
      }
      return -1;
    }
  }
}
