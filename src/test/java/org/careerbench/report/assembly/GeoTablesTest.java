package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.careerbench.SampleSalaries;
import org.careerbench.report.LiveValue;
import org.careerbench.report.TableBlock;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** National medians localised by each area's index: local = national × index / 100. */
class GeoTablesTest {
    @TempDir
    Path dir;

    private TableBlock geo(String format, String audience, String extra) throws BlockProblem {
        TemplateSpec spec = Contexts.template(dir, format, audience, "# A\n" + extra + Contexts.fence("table",
                "source: geo\nrows: level\nstatistics: [p50]\nfilter: {country: US}"));
        TableSpec.Geo g = (TableSpec.Geo) spec.blocks().stream().filter(TableSpec.Geo.class::isInstance).findFirst()
                .orElseThrow();
        return new GeoTables(Contexts.of(spec)).geo(g, "Geo");
    }

    private static double number(Object v) {
        return ((Number) (v instanceof LiveValue l ? l.cached() : v)).doubleValue();
    }

    @Test
    void theFirstRowIsTheNationalMedianOfEachLevel() throws Exception {
        TableBlock t = geo("pdf", "hr", "");
        List<Object> national = t.rows().get(0);
        assertEquals(100.0, national.get(2));
        int senior = t.columnIndex("Senior P50");
        assertTrue(senior > 2, t.columns().toString());
        double[] values = SampleSalaries.load().agedBaseSalaries(LocalDate.of(2026, 11, 1), 0.03, "role_family",
                "SRE & ML Infrastructure", "level", "Senior", "country", "US");
        assertEquals(SampleSalaries.percentile(values, 0.5), number(national.get(senior)), 1e-6);
    }

    @Test
    void anAreaAgainstTheNationalAverageIsLocalisedByTheMidpointOfItsBand() throws Exception {
        TableBlock t = geo("pdf", "hr", "");
        int senior = t.columnIndex("Senior P50");
        double national = number(t.rows().get(0).get(senior));
        List<Object> west = t.rows().stream().filter(r -> r.get(0).equals("West Coast")).findFirst().orElseThrow();
        assertEquals(115.0, number(west.get(2)), "10–20% above: index 115");
        assertEquals(national * 1.15, number(west.get(senior)), 0.01);
    }

    @Test
    void anAreaAgainstAnotherReferenceIsListedButNotLocalised() throws Exception {
        TableBlock t = geo("pdf", "hr", "");
        int senior = t.columnIndex("Senior P50");
        for (List<Object> row : t.rows().subList(1, t.rows().size())) {
            boolean national = String.valueOf(row.get(1)).toLowerCase(java.util.Locale.ROOT).contains("national");
            if (!national && row.get(2) != null) {
                assertNull(row.get(senior), row.toString());
                assertTrue(t.footnotes().size() >= 2, t.footnotes().toString());
            }
        }
    }

    @Test
    void inALiveWorkbookTheIndexIsAnInputAndTheLocalFigureFollowsIt() throws Exception {
        TableBlock t = geo("xlsx", "analyst", Contexts.fence("table", "source: assumptions"));
        List<Object> west = t.rows().stream().filter(r -> r.get(0).equals("West Coast")).findFirst().orElseThrow();
        assertTrue(west.get(2) instanceof LiveValue.Input, west.toString());
        assertTrue(west.get(t.columnIndex("Senior P50")) instanceof LiveValue.Localised, west.toString());
    }
}
