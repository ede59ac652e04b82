/**
 * Stage 2, check: the rule interface, the explicit registry and the engine that applies levels
 * and exemptions. Rule families live in sub-packages ({@code findings}, {@code privacy},
 * {@code language}).
 */
package org.reviewpress.check;
