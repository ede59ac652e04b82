package org.reviewpress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmSettingsTest {

  private static final List<String> DEFAULT = List.of("-Dmaven.home=/usr/share/maven", "-Xss2m");
  private static final List<String> RECOMMENDED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn256m");

  @Test
  void aBigSiteBuiltWithDefaultSettingsIsToldWhereTheSettingsAre() {
    assertThat(JvmSettings.hint(500, DEFAULT)).hasValueSatisfying(h -> assertThat(h)
        .startsWith("Checked 500 reports").contains(".mvn/jvm.config").contains("Big sites"));
    assertThat(JvmSettings.hint(JvmSettings.BIG_SITE, DEFAULT)).isPresent();
  }

  @Test
  void smallOrIncrementalBuildsAndTunedJvmsAreLeftAlone() {
    assertThat(JvmSettings.hint(JvmSettings.BIG_SITE - 1, DEFAULT)).isEmpty();
    assertThat(JvmSettings.hint(0, DEFAULT)).as("a no-op rebuild").isEmpty();
    assertThat(JvmSettings.hint(500, RECOMMENDED)).isEmpty();
    assertThat(JvmSettings.hint(500, List.of("-XX:TieredStopAtLevel=4"))).as("a deliberate choice").isEmpty();
  }
}
