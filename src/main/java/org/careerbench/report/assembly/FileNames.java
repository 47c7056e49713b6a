package org.careerbench.report.assembly;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** File names that are safe on every filesystem and never collide within one run. */
final class FileNames {
    private static final int MAX = 60;

    private FileNames() {
    }

    /** "São Paulo / Remote" → "sao-paulo-remote": lower-case ASCII letters, digits and single dashes. */
    static String slug(String value) {
        String ascii = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "group" : slug;
    }

    /** {@code name}, or name-2, name-3 … — the first not yet in {@code taken} (compared ignoring case); adds it. */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = name + "-" + i;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }
}
