package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.careerbench.data.InputData;
import org.careerbench.data.InputFile;
import org.careerbench.data.MarketIndicator;
import org.careerbench.data.PublishedRange;
import org.careerbench.data.QualityReport;
import org.careerbench.data.SkillDemand;
import org.careerbench.data.SurveyPercentiles;
import org.careerbench.report.Figure;

/**
 * The run's input as figures, so a later period can say what changed in the data itself: rows
 * read and kept per dataset, rows dropped, changed or flagged per reason, each published range's
 * ends, each survey figure, each market value and each skill's rank. Written into the figures
 * file with an empty {@code report}; blocks {@code input}, {@code quality}, {@code ranges},
 * {@code survey}, {@code market} and {@code skills}, keys joined by " | ".
 */
public final class InputFigures {
    private InputFigures() {
    }

    /** The figures of {@code data}, in a stable order. */
    public static List<Figure> of(InputData data) {
        List<Figure> rows = new ArrayList<>();
        for (InputFile f : data.files()) {
            rows.add(figure("input", f.dataset(), "read", f.rowsRead(), f.dataset()));
            rows.add(figure("input", f.dataset(), "kept", f.rowsKept(), f.dataset()));
        }
        for (QualityReport.Entry e : data.quality().entries()) {
            rows.add(figure("quality", e.dataset() + " | " + e.reason().name().toLowerCase(java.util.Locale.ROOT),
                    e.reason().action().word(), e.rows(), e.reason().description()));
        }
        for (PublishedRange r : data.ranges()) {
            String keys = r.track() + " | " + r.level();
            rows.add(figure("ranges", keys, "min", r.min(), r.title()));
            rows.add(figure("ranges", keys, "max", r.max(), r.title()));
        }
        for (SurveyPercentiles s : data.surveys()) {
            String keys = s.occupationCode() + " | " + s.level() + " | " + s.area();
            for (String name : SurveyPercentiles.FIGURES) {
                double v = s.figure(name);
                rows.add(new Figure("survey", keys, name, Double.isNaN(v) ? OptionalDouble.empty()
                        : OptionalDouble.of(v), OptionalLong.empty(), Double.isNaN(v), s.occupation(), ""));
            }
        }
        for (MarketIndicator m : data.market()) {
            rows.add(figure("market", m.indicator() + " | " + m.year(), "value", m.value(), m.unit()));
        }
        for (SkillDemand s : data.skills()) {
            rows.add(figure("skills", s.skill(), "rank", s.rank(), s.period()));
        }
        return rows;
    }

    private static Figure figure(String block, String keys, String statistic, double value, String label) {
        return new Figure(block, keys, statistic, OptionalDouble.of(value), OptionalLong.empty(), false, label, "");
    }
}
