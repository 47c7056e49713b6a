package org.careerbench.diagnostics;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …" hints for near misses, by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * {@code " (did you mean 'x'?)"} for the closest candidate within two edits (or a third of
     * the word's length), or one that begins like the word cut short, else the empty string.
     */
    public static String didYouMean(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(lower, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int limit = Math.max(2, word.length() / 3);
        // A word cut short ("salary" for "salaries") is a near miss too, however many letters are missing.
        boolean truncated = best != null && lower.length() >= 4
                && best.toLowerCase(Locale.ROOT).startsWith(lower.substring(0, lower.length() - 1));
        if (best != null && (bestDistance <= limit || truncated)) {
            return " (did you mean '" + best + "'?)";
        }
        // A renamed column keeps part of its name: "salary" for "base_salary".
        for (String c : candidates) {
            String other = c.toLowerCase(Locale.ROOT);
            if (Math.min(lower.length(), other.length()) >= 5 && (other.contains(lower) || lower.contains(other))) {
                return " (did you mean '" + c + "'?)";
            }
        }
        return "";
    }

    /** Levenshtein distance between two words. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
