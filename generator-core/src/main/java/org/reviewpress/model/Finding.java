package org.reviewpress.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding, as the SCIE Learning Together model frames it: a statement explaining practice,
 * the evidence it rests on, and the optional fields that show why it matters beyond this case.
 */
public record Finding(
    String id,
    String title,
    String statement,
    List<Ref> evidence,
    Optional<Category> category,
    Optional<Priority> priority,
    Optional<String> inThisCase,
    Optional<String> notPeculiar,
    Optional<String> howWidespread,
    Optional<String> implications,
    List<String> questions,
    SourcePosition position,
    SourcePosition statementPosition) {

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(statement, "statement");
    evidence = List.copyOf(evidence);
    questions = List.copyOf(questions);
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(statementPosition, "statementPosition");
  }

  /** Whether any of the fields that explain why the issue matters is filled. */
  public boolean hasExplanatoryFields() {
    return inThisCase.isPresent() || notPeculiar.isPresent() || howWidespread.isPresent()
        || implications.isPresent();
  }

  /** The id used for the finding's element in HTML and PDF. */
  public String htmlId() {
    return "finding-" + id;
  }
}
