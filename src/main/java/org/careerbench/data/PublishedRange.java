package org.careerbench.data;

/** A published base salary range for one level, as stated by its source. */
public record PublishedRange(String track, String level, String title, double min, double max,
        boolean maxOpenEnded, String currency, String market, int year, String observedLevel, String source, String roleFamily) {

    /** The midpoint (min + max) / 2. */
    public double midpoint() {
        return (min + max) / 2;
    }

    static PublishedRange from(DataRow row) {
        return new PublishedRange(row.text("track"), row.text("level"), row.text("title"), row.number("min"),
                row.number("max"), row.flag("max_open_ended"), row.text("currency"), row.text("market"),
                row.integer("year"), row.text("observed_level"), row.text("source"), row.text("role_family"));
    }
}
