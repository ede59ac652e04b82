package org.reviewpress.render;

/** The PDF of a report as the HTML page links to it: file name, page count and size. */
public record PdfInfo(String href, int pages, long kilobytes) {}
