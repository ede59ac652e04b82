package org.reviewpress.check.privacy;

import java.util.Collections;
import java.util.List;
import org.reviewpress.check.CheckContext;

/**
 * The words of a report's scan text ({@link Words#of}), found once per report and shared by the
 * privacy rules that walk words (unlisted names, sensitive terms), so the report is split into
 * words and each word normalised once, not once per rule. Immutable.
 */
final class ScanWords {

  private final ScanText scan;
  private final List<Words.Word> words;

  private ScanWords(ScanText scan) {
    this.scan = scan;
    this.words = Collections.unmodifiableList(Words.of(scan.text(), scan.chars()));
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

  /** The words, in order (unmodifiable). */
  List<Words.Word> words() {
    return words;
  }
}
