package org.careerbench.data;

import java.util.Map;

/**
 * One row of published survey wages: an occupation's mean and percentiles, as a vendor or a
 * statistics office publishes them. A figure the publisher withheld is NaN with
 * {@link Marker#NOT_AVAILABLE}; a top-coded one carries {@link Marker#TOP_CODED} and the
 * code value (or NaN for a bare #).
 */
public record SurveyPercentiles(String source, String asOf, String occupationCode, String occupation, String level,
        String area, long employment, String currency, Map<String, Double> figures, Map<String, Marker> markers,
        String roleFamily) {

    /** The statistics a survey row may carry, as column names. */
    public static final java.util.List<String> FIGURES = java.util.List.of("mean", "p10", "p25", "p50", "p75", "p90");

    public SurveyPercentiles {
        figures = Map.copyOf(figures);
        markers = Map.copyOf(markers);
    }

    /** The figure, or NaN when withheld, absent or top-coded without a value. */
    public double figure(String name) {
        return figures.getOrDefault(name, Double.NaN);
    }

    /** The publisher's marker on a figure. */
    public Marker marker(String name) {
        return markers.getOrDefault(name, Marker.NONE);
    }

    static SurveyPercentiles from(DataRow row) {
        Map<String, Double> figures = new java.util.HashMap<>();
        Map<String, Marker> markers = new java.util.HashMap<>();
        for (String f : FIGURES) {
            double v = row.numberOrNaN(f);
            if (!Double.isNaN(v)) {
                figures.put(f, v);
            }
            if (row.marker(f) != Marker.NONE) {
                markers.put(f, row.marker(f));
            }
        }
        double employment = row.numberOrNaN("employment");
        return new SurveyPercentiles(row.text("source"), row.text("as_of"), row.text("occupation_code"),
                row.text("occupation"), row.text("level"), row.text("area"),
                Double.isNaN(employment) ? -1 : (long) employment, row.text("currency"), figures, markers,
                row.text("role_family"));
    }
}
