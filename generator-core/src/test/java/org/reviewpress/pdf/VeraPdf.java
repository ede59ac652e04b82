package org.reviewpress.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** Validates PDFs with veraPDF's own (greenfield) parser, as the veraPDF command line does. */
final class VeraPdf {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** One line per failed rule: clause, test number, how often, what the rule asks, and where it first failed. */
  static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    List<String> out = new ArrayList<>();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
         PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, 20, false, true, false)) {
      ValidationResult result = validator.validate(parser);
      for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
        RuleId id = failed.getKey();
        Rule rule = result.getValidationProfile().getRuleByRuleId(id);
        String first = result.getTestAssertions().stream()
            .filter(a -> a.getStatus() == TestAssertion.Status.FAILED && a.getRuleId().equals(id))
            .findFirst()
            .map(a -> a.getErrorMessage() + " at " + a.getLocation().getContext())
            .orElse("");
        out.add(String.format("%s clause %s-%d failed %d times: %s | %s", flavour.getId(), id.getClause(),
            id.getTestNumber(), failed.getValue(), rule == null ? "" : rule.getDescription(), first));
      }
      if (out.isEmpty() && !result.isCompliant()) {
        out.add(flavour.getId() + ": not compliant, job status " + result.getJobEndStatus());
      }
    }
    return out;
  }

  /** Validates against each flavour, prints every failure, and returns them all. */
  static List<String> report(String what, byte[] pdf, PDFAFlavour... flavours) throws Exception {
    List<String> all = new ArrayList<>();
    for (PDFAFlavour f : flavours) {
      List<String> failed = failures(pdf, f);
      System.out.println("veraPDF " + f.getId() + " on " + what + ": " + failed.size() + " failed rules");
      failed.forEach(s -> System.out.println("  " + s));
      all.addAll(failed);
    }
    return all;
  }
}
