/**
 * Stage 1, source: finds report folders, reads front matter (with exact positions) and the
 * Markdown body into the model. Problems in authors' files become diagnostics here.
 */
package org.reviewpress.source;
