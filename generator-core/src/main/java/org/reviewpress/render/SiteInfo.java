package org.reviewpress.render;

import java.util.Objects;
import java.util.Optional;

/**
 * What the site says about itself: title, the publishing partnership and where it is published.
 */
public record SiteInfo(String title, String partnership, Optional<String> baseUrl) {
  public SiteInfo {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(baseUrl, "baseUrl");
  }
}
