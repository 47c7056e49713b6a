package org.careerbench.data;

/** One market figure for one year, with how it was obtained. */
public record MarketIndicator(String indicator, int year, double value, String unit, String basis, String source, String roleFamily) {

    /** True when the source states this value rather than it being derived. */
    public boolean stated() {
        return basis.startsWith("stated");
    }

    static MarketIndicator from(DataRow row) {
        return new MarketIndicator(row.text("indicator"), row.integer("year"), row.number("value"),
                row.text("unit"), row.text("basis"), row.text("source"), row.text("role_family"));
    }
}
