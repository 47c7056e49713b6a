package org.careerbench.report;

/**
 * Which of a workbook's inputs an {@link Block.Input} is, by meaning; a renderer gives each its
 * name (e.g. a defined name in a workbook). Immutable.
 *
 * @param kind what the input is
 * @param area for {@link Kind#GEO_INDEX}, the area it applies to; empty otherwise
 */
public record InputKey(Kind kind, String area) {
    /** The inputs a workbook's live figures read. */
    public enum Kind { EFFECTIVE_DATE, AGING_METHOD, AGING_RATE, TARGET_PERCENTILE, GEO_INDEX }

    /** An input that applies everywhere. */
    public static InputKey of(Kind kind) {
        return new InputKey(kind, "");
    }

    /** The geographic index of one area. */
    public static InputKey geoIndex(String area) {
        return new InputKey(Kind.GEO_INDEX, area);
    }
}
