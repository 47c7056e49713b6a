package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows an observations table holds back: those behind a withheld median, and nothing else. */
class WithheldRowsTest {
    @TempDir
    Path dir;

    private record Setup(BuildContext ctx, TableSpec.Observations spec) {
    }

    private Setup setup(String rows, String extra) {
        TemplateSpec spec = Contexts.template(dir, "xlsx", "analyst", "# A\n" + Contexts.fence("table",
                "source: assumptions") + Contexts.fence("table", "source: observations\nname: Observations\nrows: "
                + rows + extra));
        return new Setup(Contexts.of(spec), Contexts.block(spec, 1, TableSpec.Observations.class));
    }

    @Test
    void theRowsOfACellWhoseMedianIsWithheldAreLeftOutAndNoOthers() {
        Setup s = setup("[region, level]", "");
        List<SalaryObservation> all = s.ctx().population().observations();
        Set<SalaryObservation> out = WithheldRows.leftOut(s.ctx(), s.spec(), all);
        assertFalse(out.isEmpty(), "the sample has thin region-level cells");
        Map<List<String>, Long> counts = new java.util.HashMap<>();
        all.forEach(o -> counts.merge(List.of(o.region(), o.level()), 1L, Long::sum));
        for (SalaryObservation o : all) {
            boolean thin = counts.get(List.of(o.region(), o.level())) < 5;
            assertEquals(thin, out.contains(o), o.region() + " " + o.level());
        }
    }

    @Test
    void showWithheldKeepsEveryRow() {
        Setup s = setup("[region, level]", "\nwithheld: show");
        assertTrue(WithheldRows.leftOut(s.ctx(), s.spec(), s.ctx().population().observations()).isEmpty());
    }

    @Test
    void aFigureIsRecomputableOnlyWhenNoneOfItsRowsWasLeftOut() {
        Setup s = setup("level", "");
        // By level, every SRE level has five or more rows: nothing is held back.
        assertTrue(WithheldRows.allInObservations(s.ctx(), SalaryFilter.ALL, null));
        assertTrue(WithheldRows.allInObservations(s.ctx(), SalaryFilter.ALL, "Senior"));
        SalaryFilter europe = new SalaryFilter(Map.of(SalaryDimension.REGION, List.of("Europe")));
        assertTrue(WithheldRows.allInObservations(s.ctx(), europe, "Mid"));
    }

    @Test
    void withoutALiveTableNothingIsRecomputable() {
        TemplateSpec spec = Contexts.template(dir, "pdf", "hr", "# A\n");
        assertFalse(WithheldRows.allInObservations(Contexts.of(spec), SalaryFilter.ALL, null));
    }
}
