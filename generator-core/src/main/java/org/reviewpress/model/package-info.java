/**
 * The immutable model of a report: records built by the source stage and read by the check,
 * render, pdf and publish stages.
 */
package org.reviewpress.model;
