package org.reviewpress.model;

/** The kind of review, as the contract's {@code review-type} names it. */
public enum ReviewType {
  SCR("Serious Case Review"),
  CSPR("Child Safeguarding Practice Review"),
  SAR("Safeguarding Adults Review"),
  DHR("Domestic Homicide Review"),
  OTHER("Other review");

  private final String description;

  ReviewType(String description) {
    this.description = description;
  }

  /** The value an author writes in front matter. */
  public String code() {
    return this == OTHER ? "other" : name();
  }

  /** The long name shown to readers. */
  public String description() {
    return description;
  }
}
