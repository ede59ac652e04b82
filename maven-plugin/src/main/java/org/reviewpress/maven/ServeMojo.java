package org.reviewpress.maven;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.ReviewpressException;
import org.reviewpress.serve.PreviewServer;

/**
 * A live preview: {@code mvn reviewpress:serve} builds the site, serves it on 127.0.0.1,
 * rebuilds what changed whenever a source or theme file is saved, and reloads open pages.
 * Stop it with Ctrl-C. Errors do not end the preview; they are listed here and on the page.
 */
@Mojo(name = "serve", requiresProject = true, threadSafe = true)
public final class ServeMojo extends AbstractReviewpressMojo {

  /** The port on 127.0.0.1; 0 picks a free one. */
  @Parameter(property = "reviewpress.port", defaultValue = "0")
  private int port;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("reviewpress is skipped (reviewpress.skip=true).");
      return;
    }
    try {
      run(publisher());
    } catch (ReviewpressException | IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** Serves until Ctrl-C; returns the last build's result. */
  @Override
  protected BuildResult run(Publisher publisher) {
    AtomicReference<BuildResult> last = new AtomicReference<>();
    PreviewServer server = PreviewServer.start(publisher, new PreviewServer.Options(port, Duration.ofMillis(200)),
        new PreviewServer.Listener() {
          @Override
          public void built(BuildResult result) {
            last.set(result);
            log(result);
          }

          @Override
          public void failed(String message) {
            getLog().error(message);
          }
        });
    Thread stop = new Thread(server::close, "reviewpress-serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    getLog().info("Previewing at " + server.url() + " (only this computer can open it). Press Ctrl-C to stop.");
    try {
      server.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
    getLog().info("Preview stopped.");
    return last.get();
  }
}
