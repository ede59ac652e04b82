package org.reviewpress.model;

/** How urgently a finding calls for improvement. */
public enum Priority {
  HIGH,
  MEDIUM,
  LOW;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
