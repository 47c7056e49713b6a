package org.careerbench.audit;

/**
 * A number read from a file.
 *
 * @param where    where it stands (a sheet and cell, a page)
 * @param value    its value
 * @param decimals how many decimals it was shown with, or -1 for a number stored at full precision
 *                 (a workbook cell, a figures file)
 * @param token    its place among the file's numbers: the two readings of one piece of text share it
 */
record FoundNumber(String where, double value, int decimals, int token) {
    /** A number that is a token of its own. */
    FoundNumber(String where, double value, int decimals) {
        this(where, value, decimals, -1);
    }

    /**
     * Whether this number is {@code figure} as it would be shown: equal to the cent when stored at
     * full precision, else equal after rounding to the decimals shown.
     */
    boolean shows(double figure) {
        if (decimals < 0) {
            return Math.abs(value - figure) < 0.005;
        }
        double scale = Math.pow(10, decimals);
        return Math.abs(Math.round(figure * scale) / scale - value) < 0.5 / scale;
    }
}
