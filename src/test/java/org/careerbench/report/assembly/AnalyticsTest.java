package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.careerbench.Builds;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.careerbench.report.Block;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Report;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.template.TemplateException;
import org.careerbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trade's conventions as the report builder applies them: pay elements, organisations, aging, geo, positioning. */
class AnalyticsTest {
    static final Path PAY = Path.of("src/test/resources/fixtures/pay-elements");

    @TempDir
    Path dir;

    /** Front matter for an analysts' workbook, the one audience that may hold employee rows. */
    private static final String ANALYST = "audience: analyst\n";

    private Report build(Path input, String parameters, String body, String format) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        Path t = Files.writeString(dir.resolve("t.md"), "---\ntitle: T\nformat: " + format + "\nparameters:\n"
                + "  level-order: [Entry, Mid, Senior]\n" + parameters + "---\n" + body);
        InputData data = new InputLoader().load(input);
        return Builds.one(new TemplateLoader().load(t), data, YearMonth.of(2026, 11));
    }

    private static KeyFigure figure(Report r, int i) {
        return ((Block.KeyFigures) r.sections().get(0).blocks().get(0)).figures().get(i);
    }

    @Test
    void totalCashAndTotalDirectAddBonusAndAnnualisedEquity() throws Exception {
        Report r = build(PAY, "  aging: {method: none}\n", """
                # F
                ```figures
                - {id: base, label: b, filter: {level: Senior}}
                - {id: tcc, label: c, pay: total-cash, filter: {level: Senior}}
                - {id: tdc, label: d, pay: total-direct, filter: {level: Senior}}
                ```
                """, "pdf");
        assertEquals(175_000.0, figure(r, 0).value());
        assertEquals(187_000.0, figure(r, 1).value(), "median of 165, 170, 176, 198, 209, 220 thousand");
        assertEquals(207_000.0, figure(r, 2).value(), "equity grant / vesting years added");
        assertTrue(figure(r, 1).basis().contains("total cash"), figure(r, 1).basis());
    }

    @Test
    void aCellDominatedByOneOrganisationIsWithheld() throws Exception {
        Report r = build(PAY, "  aging: {method: none}\n", "# F\n```figures\n- {id: mid, label: m, filter: {level: Mid}}\n"
                + "```\n", "pdf");
        assertEquals(Suppressed.VALUE, figure(r, 0).value(), "acme carries 3 of 6 rows, and only 4 organisations");
        assertTrue(figure(r, 0).basis().contains("none above 25% of a cell"), figure(r, 0).basis());
    }

    @Test
    void payElementsWithoutTheirColumnsAreATemplateError() {
        TemplateException e = assertThrows(TemplateException.class, () -> build(Path.of("input"), "",
                "# F\n```figures\n- {id: x, label: x, pay: total-cash}\n```\n", "pdf"));
        assertTrue(e.getMessage().contains("pay element 'total-cash' needs a bonus column in input/salaries.csv, and the data "
                + "has none; expected base"), e.getMessage());
    }

    @Test
    void agingMovesEveryFigureFromMidYearToTheEffectiveDate() throws Exception {
        String body = "# F\n```figures\n- {id: s, label: s, filter: {level: Senior}}\n```\n";
        double none = (Double) figure(build(PAY, "  aging: {method: none}\n", body, "pdf"), 0).value();
        double compound = (Double) figure(build(PAY, "  aging: {method: compound, rate: 0.05, effective-date: "
                + "2025-07-01}\n", body, "pdf"), 0).value();
        double simple = (Double) figure(build(PAY, "  aging: {method: simple, rate: 0.05, effective-date: "
                + "2026-01-01}\n", body, "pdf"), 0).value();
        assertEquals(none * 1.05, compound, 1e-6, "12 months at 5% compound");
        assertEquals(none * (1 + 0.05 * 18 / 12), simple, 1e-6, "18 months at 5% simple");
    }

    @Test
    void geoTableLocalisesNationalFiguresByTheIndex() throws Exception {
        Report r = build(PAY, "  aging: {method: none}\n", "# G\n```table\nsource: geo\nrows: level\nstatistics: [p50]\n"
                + "filter: {country: US}\n```\n", "pdf");
        TableBlock t = (TableBlock) r.sections().get(0).blocks().get(0);
        List<Object> national = t.rows().get(0);
        List<Object> westCoast = t.rows().stream().filter(x -> x.get(0).equals("West Coast")).findFirst().orElseThrow();
        assertEquals(115.0, westCoast.get(2));
        assertEquals((Double) national.get(4) * 1.15, (Double) westCoast.get(4), 1e-6);
        List<Object> midwest = t.rows().stream().filter(x -> x.get(0).equals("Midwest and South")).findFirst()
                .orElseThrow();
        assertEquals(null, midwest.get(4), "stated against coastal hubs, not the national figure: not applied");
    }

    @Test
    void employeeRowsAreRefusedInAPdfTemplate() {
        TemplateException e = assertThrows(TemplateException.class, () -> build(Path.of("input"), "",
                "# P\n\n```table\nsource: positioning\n```\n", "pdf"));
        assertTrue(e.getMessage().contains("t.md:10: employee rows never appear in a PDF report"), e.getMessage());
    }

    @Test
    void positioningComputesCompaRatioPenetrationAndCircles() throws Exception {
        Report r = build(Path.of("input"), ANALYST, "# P\n```table\nsource: positioning\nfilter: {country: US}\n```\n",
                "xlsx");
        TableBlock t = (TableBlock) r.sections().get(0).blocks().get(0);
        List<Object> e102 = t.rows().stream().filter(x -> x.get(0).equals("E-102")).findFirst().orElseThrow();
        assertEquals(86_000 / 105_000.0, (Double) e102.get(7), 1e-12);
        assertEquals((86_000 - 90_000) / 30_000.0, (Double) e102.get(8), 1e-12);
        assertEquals("green circle: below minimum; no regional index for 'US Midwest': compared with the national "
                + "figure", e102.get(14));
        assertEquals("US, Entry, national", e102.get(10));
        List<Object> e101 = t.rows().stream().filter(x -> x.get(0).equals("E-101")).findFirst().orElseThrow();
        assertEquals("US, Entry, × index of West Coast", e101.get(10), "US West Coast ends with West Coast");
        assertEquals(115.0, (Double) e101.get(11), 1e-12);
        assertEquals((Double) e102.get(12) * 1.15, (Double) e101.get(12), 1e-6, "the national median × 115 / 100");
        TableBlock groups = (TableBlock) r.sections().get(0).blocks().get(1);
        List<Object> all = groups.rows().get(groups.rows().size() - 1);
        assertEquals("All employees", all.get(0));
        assertEquals((Double) all.get(2) / (Double) all.get(3), (Double) all.get(4), 1e-12);
    }

    @Test
    void positioningMatchesRegionsToAreasAsTheTemplateSays() throws Exception {
        Report r = build(Path.of("input"), ANALYST, "# P\n```table\nsource: positioning\nfilter: {country: US}\n"
                + "areas: {US Midwest: West Coast}\n```\n", "xlsx");
        TableBlock t = (TableBlock) r.sections().get(0).blocks().get(0);
        List<Object> e102 = t.rows().stream().filter(x -> x.get(0).equals("E-102")).findFirst().orElseThrow();
        assertEquals("US, Entry, × index of West Coast", e102.get(10));
    }

    @Test
    void methodologyStatesEveryConventionUsed() throws Exception {
        Report r = build(Path.of("input"), "", "# M\n```table\nsource: methodology\n```\n", "pdf");
        String text = ((Block.Bullets) r.sections().get(0).blocks().get(0)).items().toString();
        for (String s : List.of("PERCENTILE.INC", "n ≥ 5 for mean and P25–P75; n ≥ 10 for P10 and P90",
                "compound at 3% a year", "the effective date, 1 November 2026", "1 July", "annual base salary in USD",
                "converted with dated exchange rates")) {
            assertTrue(text.contains(s), s + " in " + text);
        }
    }

    @Test
    void referenceRowsScopedToAnotherRoleFamilyStayOutOfTheReport() throws Exception {
        Report r = build(Path.of("input"), "  population: {role_family: Machine Learning Engineering}\n",
                "# R\n```table\nsource: ranges\n```\n```table\nsource: sources\n```\n", "pdf");
        Block.Notice ranges = (Block.Notice) r.sections().get(0).blocks().get(0);
        assertTrue(ranges.text().startsWith("Nothing in the data matches this table"),
                "the SRE ranges do not describe ML engineers, and the report says so: " + ranges.text());
        TableBlock sources = (TableBlock) r.sections().get(0).blocks().get(1);
        assertEquals(List.of("salaries"), sources.rows().stream().map(x -> x.get(0)).toList());
        Report sre = build(Path.of("input"), "  population: {role_family: SRE & ML Infrastructure}\n",
                "# R\n```table\nsource: ranges\n```\n", "pdf");
        assertEquals(9, ((TableBlock) sre.sections().get(0).blocks().get(0)).rows().size());
    }
}
