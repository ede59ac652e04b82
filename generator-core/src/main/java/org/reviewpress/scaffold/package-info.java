/**
 * Starting points for authors: {@link org.reviewpress.scaffold.NewReport} writes the skeleton
 * of a new report behind {@code mvn reviewpress:new}.
 */
package org.reviewpress.scaffold;
