package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbench.data.SalaryDimension;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which figures of a workbook may be formulas: the observations tables they read, and their member columns. */
class LiveTablesTest {
    @TempDir
    Path dir;

    private static final String ASSUMPTIONS = Contexts.fence("table", "source: assumptions");
    private static final String BY_LEVEL = Contexts.fence("table", "source: observations\nname: Obs\nrows: [level, region]");

    private LiveTables live(String format, String body, int size) {
        TemplateSpec spec = Contexts.template(dir, format, "analyst", "# A\n" + body);
        return LiveTables.of(spec, BlockNames.of(spec), size);
    }

    @Test
    void withAssumptionsAnUnfilteredObservationsTableIsLiveByItsRows() {
        LiveTables t = live("xlsx", ASSUMPTIONS + BY_LEVEL, 100);
        assertTrue(t.live());
        assertEquals(Optional.of("Obs"), t.byLevel(), "level first is enough for figures by level");
        assertEquals(Optional.of("Obs"), t.tableSortedBy(List.of(SalaryDimension.LEVEL, SalaryDimension.REGION)));
        assertEquals(Optional.empty(), t.tableSortedBy(List.of(SalaryDimension.REGION)));
    }

    @Test
    void withoutAssumptionsNothingIsLiveThoughTheTableIsKnown() {
        LiveTables t = live("xlsx", BY_LEVEL, 100);
        assertFalse(t.live());
        assertEquals(Optional.empty(), t.byLevel());
        assertEquals(List.of("Obs"), List.copyOf(t.tables().keySet()));
    }

    @Test
    void aFilteredObservationsTableIsNoBasisForFormulas() {
        LiveTables t = live("xlsx", ASSUMPTIONS + Contexts.fence("table", "source: observations\nname: Us\n"
                + "rows: level\nfilter: {country: US}"), 100);
        assertEquals(Map.of(), t.tables());
    }

    @Test
    void eachFilterOfAGeoRangesSurveyOrPositioningBlockIsAMemberColumnOnce() {
        LiveTables t = live("xlsx", ASSUMPTIONS + BY_LEVEL + Contexts.fence("table", "source: geo\nrows: level\n"
                + "statistics: [p50]\nfilter: {country: US}") + Contexts.fence("table", "source: survey\n"
                + "filter: {country: US}") + Contexts.fence("table", "source: ranges\nfilter: {region: Europe}"), 100);
        assertEquals(List.of(new SalaryFilter(Map.of(SalaryDimension.COUNTRY, List.of("US"))),
                new SalaryFilter(Map.of(SalaryDimension.REGION, List.of("Europe")))), t.members());
    }

    @Test
    void aPdfOrAPopulationTooLargeForFormulasHasNone() {
        assertSame(LiveTables.NONE, live("pdf", "", 100));
        assertSame(LiveTables.NONE, live("xlsx", ASSUMPTIONS + BY_LEVEL, LiveTables.MAX_FORMULA_ROWS + 1));
    }
}
