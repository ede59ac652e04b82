/**
 * Stage 5, publish: machine-readable outputs (findings.json, diagnostics, SARIF) and the
 * staged, all-or-nothing swap of the finished site into place.
 */
package org.reviewpress.publish;
