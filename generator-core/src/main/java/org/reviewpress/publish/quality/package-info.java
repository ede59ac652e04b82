/**
 * The quality-markers scorecard: for every report, an answer to each of the seven questions of
 * SCIE's quality markers for "The report", measured from the model and the diagnostics, written
 * as {@code quality/<slug>.json} and {@code quality/<slug>.html} beside (not inside) the
 * published site.
 *
 * <p>It lives in the publish stage, not in check: it produces no diagnostics of its own; it reads
 * what the check stage found and writes an output file, as {@code DiagnosticsWriter} does, and
 * like the diagnostics it is written by both {@code check} and {@code build}.
 */
package org.reviewpress.publish.quality;
