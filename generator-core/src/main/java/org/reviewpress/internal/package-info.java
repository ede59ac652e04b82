/**
 * Helpers shared by the stages. Not part of reviewpress's API: anything here may change
 * without notice.
 */
package org.reviewpress.internal;
