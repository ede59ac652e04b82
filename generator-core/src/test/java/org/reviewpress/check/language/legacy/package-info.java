/**
 * A frozen copy of the language and structure text rules as they were before they were rewritten
 * for speed (prose masking, sentence splitting and phrase search by regular expression). Tests
 * only: it is the oracle the equivalence tests compare the faster code with, diagnostic by
 * diagnostic, on generated reports. Do not change it to make a test pass.
 */
package org.reviewpress.check.language.legacy;
