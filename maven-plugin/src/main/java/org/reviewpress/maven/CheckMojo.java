package org.reviewpress.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;

/** Checks every report and writes diagnostics; publishes nothing. Fails on errors. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = true, threadSafe = true)
public final class CheckMojo extends AbstractReviewpressMojo {

  @Override
  protected BuildResult run(Publisher publisher) {
    return publisher.check();
  }
}
