/**
 * reviewpress: a publishing generator for safeguarding case reviews. {@link org.reviewpress.Publisher}
 * is the facade; the stages live in {@code source}, {@code check}, {@code render} and
 * {@code publish}, and the model in {@code model}.
 */
package org.reviewpress;
