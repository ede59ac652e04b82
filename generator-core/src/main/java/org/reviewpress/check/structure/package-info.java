/**
 * Rules about the report's shape: its length and whether sections explain rather than list
 * events ({@code structure.*}). Settings come from the {@code structure:} section of site.yaml.
 */
package org.reviewpress.check.structure;
