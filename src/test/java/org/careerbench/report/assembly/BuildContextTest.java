package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerbench.data.SalaryDimension;
import org.careerbench.template.FilterSpec;
import org.careerbench.template.KeyLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every block factory of one report reads: orders, filters, the microdata rule, member columns. */
class BuildContextTest {
    @TempDir
    Path dir;

    private BuildContext ctx(String format, String audience, String body) {
        return Contexts.of(Contexts.template(dir, format, audience, "# A\n" + body));
    }

    @Test
    void levelsFollowTheTemplatesOrderAndTheRestFollowTheirNaturalOrder() {
        BuildContext ctx = ctx("pdf", "hr", "");
        List<String> levels = new ArrayList<>(List.of("Senior", "Zeta", "Entry", "Alpha", "Mid"));
        levels.sort(ctx.order());
        assertEquals(List.of("Entry", "Mid", "Senior", "Alpha", "Zeta"), levels);
        List<List<String>> keys = new ArrayList<>(List.of(List.of("Mid", "US"), List.of("Entry", "US"),
                List.of("Mid", "DE"), List.of("Mid")));
        keys.sort(ctx.keyOrder());
        assertEquals(List.of(List.of("Entry", "US"), List.of("Mid"), List.of("Mid", "DE"), List.of("Mid", "US")), keys);
    }

    @Test
    void microdataIsForAnAnalystsWorkbookOnly() throws Exception {
        KeyLines lines = new KeyLines(9, java.util.Map.of("source", 10));
        BlockProblem pdf = assertThrows(BlockProblem.class, () -> ctx("pdf", "analyst", "").microdataAllowed(lines,
                "individual salaries"));
        assertEquals(10, pdf.problem().line());
        assertTrue(pdf.problem().message().startsWith("individual salaries never appear in a PDF report"));
        BlockProblem hr = assertThrows(BlockProblem.class, () -> ctx("xlsx", "hr", "").microdataAllowed(lines,
                "employee rows"));
        assertTrue(hr.problem().message().contains("this template's audience is hr"), hr.problem().message());
        ctx("xlsx", "analyst", "").microdataAllowed(lines, "employee rows");
    }

    @Test
    void theMemberColumnOfAFilterExistsOnlyWhereTheWorkbookHasOne() {
        BuildContext live = ctx("xlsx", "analyst", Contexts.fence("table", "source: assumptions")
                + Contexts.fence("table", "source: observations\nname: Obs\nrows: level")
                + Contexts.fence("table", "source: survey\nfilter: {country: US}"));
        FilterSpec us = new FilterSpec(List.of(new FilterSpec.Condition(SalaryDimension.COUNTRY, List.of("US"), 1)));
        FilterSpec de = new FilterSpec(List.of(new FilterSpec.Condition(SalaryDimension.COUNTRY, List.of("DE"), 1)));
        assertEquals(Optional.of("Aged base salary"), live.memberColumn(FilterSpec.NONE));
        assertEquals(Optional.of("Aged base salary, US"), live.memberColumn(us));
        assertEquals(Optional.empty(), live.memberColumn(de));
        assertEquals(Optional.empty(), ctx("pdf", "hr", "").memberColumn(us));
    }

    @Test
    void aFilterIsCheckedAgainstTheDataAndItsAbsentValuesNamed() throws Exception {
        BuildContext ctx = ctx("pdf", "hr", "");
        FilterSpec oceania = new FilterSpec(List.of(new FilterSpec.Condition(SalaryDimension.REGION,
                List.of("Oceania"), 4)));
        assertEquals(List.of("Oceania"), List.copyOf(ctx.absent(oceania).keySet()));
        assertEquals(SalaryFilter.of(oceania), ctx.filter(oceania));
        assertEquals("USD", ctx.currency());
        assertTrue(ctx.fileOf("salaries", "x").endsWith("salaries.csv"));
        assertEquals("x.csv", ctx.fileOf("nothing", "x.csv"));
    }

    /**
     * Defect: the pay gap report's figures were filed under the salary method ("aging compound at 3%
     * a year; suppression …; pay base"), which none of them was made by.
     */
    @Test
    void payGapFiguresFiledUnderTheSalaryMethod() {
        BuildContext gaps = ctx("pdf", "public", Contexts.fence("table", "source: pay-gap\nshow: summary")
                + Contexts.fence("chart", "source: pay-gap") + Contexts.fence("table", "source: changes"));
        assertEquals("pay gap eu, full time 40 h a week, n>=5 women and 5 men", gaps.method());
        BuildContext both = ctx("pdf", "public", Contexts.fence("table", "source: survey")
                + Contexts.fence("table", "source: pay-gap\nshow: quartiles\nrules: uk\nfull-time-hours: 37.5\n"
                        + "minimum-n: 10"));
        assertEquals(both.phrases().method() + "; pay gap uk, full time 37.5 h a week, n>=10 women and 10 men",
                both.method(), "a report of both names both");
        assertTrue(both.method().startsWith("aging "), both.method());
        BuildContext salaries = ctx("pdf", "public", Contexts.fence("table", "source: survey"));
        assertEquals(salaries.phrases().method(), salaries.method());
    }
}
