/**
 * Stage 4, pdf: a report's tagged PDF (PDF/UA-1 and PDF/A-2a in one file), made from the same
 * model as its HTML page through the theme's print template and openhtmltopdf. The output is
 * reproducible: the same sources give the same bytes. {@link org.reviewpress.pdf.PdfRenderer}
 * is the stage's one entry point.
 */
package org.reviewpress.pdf;
