package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.careerbench.report.Block;
import org.careerbench.report.InputKey;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs a workbook's live formulas read, each with the bounds an analyst may set. */
class AssumptionsTest {
    @TempDir
    Path dir;

    private List<Block.Input> inputs(String body) {
        TemplateSpec spec = Contexts.template(dir, "xlsx", "analyst", "# A\n" + Contexts.fence("table",
                "source: assumptions") + body);
        return new Assumptions(Contexts.of(spec)).inputs().inputs();
    }

    private static Block.Input input(List<Block.Input> inputs, InputKey.Kind kind) {
        return inputs.stream().filter(i -> i.key().kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void dateMethodAndRateAreTheTemplatesAging() {
        List<Block.Input> in = inputs("");
        assertEquals(LocalDate.of(2026, 11, 1), input(in, InputKey.Kind.EFFECTIVE_DATE).value());
        Block.Input method = input(in, InputKey.Kind.AGING_METHOD);
        assertEquals("compound", method.value());
        assertEquals(List.of("compound", "simple", "none"), method.allowed());
        Block.Input rate = input(in, InputKey.Kind.AGING_RATE);
        assertEquals(0.03, rate.value());
        assertEquals(-0.2, rate.min());
        assertEquals(0.5, rate.max());
    }

    @Test
    void eachAreaWithAStatedBandIsAnIndexInputAtItsMidpoint() {
        List<Block.Input> in = inputs("");
        List<Block.Input> geo = in.stream().filter(i -> i.key().kind() == InputKey.Kind.GEO_INDEX).toList();
        assertTrue(geo.size() >= 2, geo.toString());
        Block.Input west = geo.stream().filter(i -> i.label().contains("West Coast")).findFirst().orElseThrow();
        assertEquals(115.0, west.value());
        assertEquals(50.0, west.min());
        assertEquals(200.0, west.max());
    }

    @Test
    void theTargetPercentileIsOfferedOnlyWherePositioningReadsIt() {
        assertTrue(inputs("").stream().noneMatch(i -> i.key().kind() == InputKey.Kind.TARGET_PERCENTILE),
                "an input that moves nothing misleads");
        List<Block.Input> with = inputs(Contexts.fence("table", "source: observations\nname: Observations\n"
                + "rows: level") + Contexts.fence("table", "source: positioning\nfilter: {country: US}"));
        assertEquals(0.5, input(with, InputKey.Kind.TARGET_PERCENTILE).value());
    }
}
