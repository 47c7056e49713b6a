package org.careerbench.diagnostics;

import java.util.Locale;

/** A count with its noun in the right number: "1 observation", "2 observations". */
public final class Plural {
    private Plural() {
    }

    /** E.g. {@code of(1, "row")} is "1 row", {@code of(1200, "row")} "1,200 rows". */
    public static String of(long n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? noun : noun + "s");
    }
}
