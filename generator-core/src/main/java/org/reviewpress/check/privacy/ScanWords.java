package org.reviewpress.check.privacy;

import org.reviewpress.check.CheckContext;

/**
 * The words of a report's scan text, as {@link Words#of} finds them, found once per report and
 * shared by the privacy rules that walk words (unlisted names, sensitive terms), so the report is
 * split into words and each word normalised once, not once per rule. Held as arrays (each word's
 * start, end and normalised form by its index), not an object per word. Immutable: the arrays
 * are never written after they are made.
 */
final class ScanWords {

  private final ScanText scan;
  /** As {@link Words#bounds(char[])}: the number of words, then each word's start and end. */
  private final int[] bounds;
  private final String[] norms;

  private ScanWords(ScanText scan) {
    this.scan = scan;
    Words.Split split = Words.split(scan.text(), scan.chars());
    this.bounds = split.bounds();
    this.norms = split.norms();
  }

  /** The words of the scan text of the report being checked. */
  static ScanWords of(CheckContext context) {
    ScanText scan = ScanText.of(context);
    return context.shared(ScanWords.class, report -> new ScanWords(scan));
  }

  /** The scan text the words were found in. */
  ScanText scan() {
    return scan;
  }

  /** The number of words. */
  int size() {
    return bounds[0];
  }

  /** Where word {@code k} starts (its possessive excluded, as {@link Words.Word#start()}). */
  int start(int k) {
    return bounds[1 + 2 * k];
  }

  /** Where word {@code k} ends. */
  int end(int k) {
    return bounds[2 + 2 * k];
  }

  /** The normalised form of word {@code k} ({@link Words.Word#norm()}). */
  String norm(int k) {
    return norms[k];
  }

  /** The words' places, as {@link Words#bounds(char[])} gives them; never to be written to. */
  int[] bounds() {
    return bounds;
  }

  /** The words' normalised forms by index (the array may be longer than {@link #size()}); never to be written to. */
  String[] norms() {
    return norms;
  }
}
