package org.reviewpress.model;

import java.util.Objects;

/**
 * An author's written permission for one rule not to apply to one block:
 * {@code <!-- reviewpress-allow privacy.date: date of the national guidance -->}.
 *
 * @param ruleId    the rule exempted
 * @param reason    why, in the author's words (never empty in a valid exemption)
 * @param fromLine  first source line the exemption covers
 * @param toLine    last source line it covers
 * @param position  where the comment is
 */
public record Exemption(String ruleId, String reason, int fromLine, int toLine, SourcePosition position) {
  public Exemption {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(position, "position");
  }

  /** Whether this exemption silences {@code d}. */
  public boolean covers(Diagnostic d) {
    return d.ruleId().equals(ruleId)
        && d.position().file().equals(position.file())
        && d.position().line() >= fromLine
        && d.position().line() <= toLine;
  }
}
