package org.reviewpress.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;

/** Checks every report and, when nothing fails, publishes the site into the output directory. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = true, threadSafe = true)
public final class BuildMojo extends AbstractReviewpressMojo {

  @Override
  protected BuildResult run(Publisher publisher) {
    return publisher.build();
  }
}
