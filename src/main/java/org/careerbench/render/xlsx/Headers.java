package org.careerbench.render.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Column headers an Excel Table accepts: not blank, no line breaks, and unique without regard to
 * case (two levels "senior" and "Senior" would otherwise give two "… P50" columns Excel refuses).
 */
final class Headers {
    private Headers() {
    }

    static List<String> unique(List<String> headers) {
        Set<String> taken = new HashSet<>();
        List<String> result = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            String base = headers.get(i).replaceAll("[\\r\\n\\t]+", " ").strip();
            if (base.isEmpty()) {
                base = "Column " + (i + 1);
            }
            String h = base;
            for (int n = 2; !taken.add(h.toLowerCase(Locale.ROOT)); n++) {
                h = base + " (" + n + ")";
            }
            result.add(h);
        }
        return result;
    }
}
