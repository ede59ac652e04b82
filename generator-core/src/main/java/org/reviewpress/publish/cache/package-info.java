/**
 * Incremental builds: a content-hash cache of each report's rendered artefacts, kept under
 * {@code <output>/cache/}. A report is rendered again only when something that can change its
 * output has changed: its folder's files, the theme, site.yaml, rule levels, the generator
 * itself, or any other input {@link org.reviewpress.Publisher} adds to the key. Whatever a
 * report's render stage writes under {@code <slug>/} (HTML, findings.json, a PDF) is cached and
 * restored as one set.
 *
 * <p>Secret inputs, such as the plain list of sensitive terms, enter a key only as a salted
 * hash ({@link org.reviewpress.publish.cache.Fingerprint.Builder#addSecret}); the cache never
 * holds them in plain text.
 */
package org.reviewpress.publish.cache;
