package org.careerbench.data;

/**
 * A regional pay differential as a percent band; {@code NaN} bounds mean the source gives
 * only a qualitative statement ({@link #description()}).
 */
public record RegionalDifferential(String area, double lowPct, double highPct, String reference,
        String description, String source) {

    static RegionalDifferential from(DataRow row) {
        return new RegionalDifferential(row.text("area"), row.numberOrNaN("low_pct"), row.numberOrNaN("high_pct"),
                row.text("reference"), row.text("description"), row.text("source"));
    }
}
