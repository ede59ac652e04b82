/**
 * Plain English and tone rules ({@code language.*}) and the prose model they share: {@link
 * org.reviewpress.check.language.Prose} (the report's prose with exact source offsets),
 * sentence splitting, a syllable estimate and the Flesch reading ease. Word lists are data files
 * beside these classes; settings come from the {@code language:} section of site.yaml.
 */
package org.reviewpress.check.language;
