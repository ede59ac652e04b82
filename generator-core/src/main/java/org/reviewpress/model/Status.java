package org.reviewpress.model;

/** Whether a report is still a draft or is final; final makes privacy warnings errors. */
public enum Status {
  DRAFT,
  FINAL;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
