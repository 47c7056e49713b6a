/**
 * Problems as data, in the user's words: a {@link org.careerbench.diagnostics.Problem} at its file
 * and line with its kind, a {@link org.careerbench.diagnostics.Problems} list that every stage adds
 * to and carries on (so a user sees every mistake of a run at once, then a count by kind),
 * "did you mean" {@link org.careerbench.diagnostics.Suggestions} and the
 * {@link org.careerbench.diagnostics.Plural} of a count.
 *
 * <p>This package depends on nothing else of CareerBench.
 */
package org.careerbench.diagnostics;
