package org.reviewpress.internal;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * A hint for big sites built without the JVM settings docs/authoring.md recommends ("Big sites"):
 * a cold build of hundreds of long reports spends much of its time warming up Java's optimising
 * compiler, which a process this short never repays.
 */
public final class JvmSettings {

  /** Reports checked afresh in one build from which the hint is worth giving. */
  static final int BIG_SITE = 100;

  private JvmSettings() {}

  /** The hint for this JVM, after a build that checked {@code checked} reports afresh. */
  public static Optional<String> hint(int checked) {
    return hint(checked, ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  /** The hint for a JVM started with {@code jvmArguments}, if it is worth giving. */
  static Optional<String> hint(int checked, List<String> jvmArguments) {
    if (checked < BIG_SITE || jvmArguments.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel="))) {
      return Optional.empty();
    }
    return Optional.of("Checked " + checked + " reports in a JVM that also warms up Java's optimising compiler."
        + " For sites this big, the line in docs/authoring.md (\"Big sites\") in the project's .mvn/jvm.config"
        + " made full builds take about 40% less time.");
  }
}
