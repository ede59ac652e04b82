package org.reviewpress;

/**
 * A broken environment: an unreadable file, a missing theme, an output folder that cannot be
 * written. The message names the file and what to do. Problems in an author's report are never
 * exceptions; they are diagnostics.
 */
public class ReviewpressException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReviewpressException(String message) {
    super(message);
  }

  public ReviewpressException(String message, Throwable cause) {
    super(message, cause);
  }
}
