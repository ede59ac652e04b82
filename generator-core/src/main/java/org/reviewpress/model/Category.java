package org.reviewpress.model;

/** The SCIE Learning Together typology of findings, with the short labels authors write. */
public enum Category {
  HUMAN_TOOL("human-tool", "Human-tool operation"),
  MANAGEMENT_SYSTEMS("management-systems", "Management systems"),
  MULTI_AGENCY_INCIDENTS("multi-agency-incidents", "Multi-agency working in response to incidents and crises"),
  MULTI_AGENCY_LONGER_TERM("multi-agency-longer-term", "Multi-agency working in longer-term work"),
  FAMILY_PROFESSIONAL("family-professional", "Family-professional interaction"),
  HUMAN_REASONING("human-reasoning", "Human reasoning"),
  OTHER("other", "Other");

  private final String code;
  private final String label;

  Category(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
