package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.careerbench.SampleSalaries;
import org.careerbench.audit.PeriodAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 25): a report publishing the mean base salary of all senior engineers and, in a
 * table by region, the means of every region but Asia-Pacific (n = 1, withheld) gave that one
 * salary away by subtraction: N·mean − Σ nᵢ·meanᵢ. A second mean is now withheld with it, and the
 * arithmetic is done here on the published figures to show it no longer works.
 */
class TotalAndItsOtherPartsGiveAWithheldMeanAwayTest {
    @TempDir
    Path dir;

    @Test
    void theWithheldRegionsMeanNoLongerFollowsFromTheTotal() throws Exception {
        Path templates = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(templates.resolve("leak.md"), """
                ---
                title: Senior pay
                format: [pdf, html, xlsx]
                output: leak
                theme: theme.yaml
                parameters:
                  currency: USD
                  population:
                    role_family: SRE & ML Infrastructure
                  level-order: [Entry, Mid, Senior, Executive]
                ---
                # Senior pay

                ```figures
                - id: senior_mean
                  label: Mean base salary, Senior
                  statistic: mean
                  filter: {level: Senior}
                ```

                ```table
                source: benchmark
                name: ByRegion
                rows: [region]
                filter: {level: Senior}
                statistics: [n, mean]
                ```
                """);
        Path output = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--templates", templates.toString(),
                "--output", output.toString(), "--quiet"), cli.said());
        Path period = output.resolve("2026-11");

        // The one Asia-Pacific senior salary, aged here from the input.
        double[] asia = SampleSalaries.load().agedBaseSalaries(java.time.LocalDate.of(2026, 11, 1), 0.03,
                "role_family", "SRE & ML Infrastructure", "level", "Senior", "region", "Asia-Pacific");
        assertEquals(1, asia.length);

        for (String report : List.of("leak.pdf", "leak.html", "leak.xlsx")) {
            double total = 0;
            long totalN = 0;
            double published = 0;
            long withheldN = 0;
            int withheld = 0;
            Map<String, Long> n = new HashMap<>();
            List<CSVRecord> rows;
            try (Reader in = Files.newBufferedReader(period.resolve("figures.csv"))) {
                rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            }
            for (CSVRecord r : rows) {
                if (r.get("report").equals(report) && r.get("statistic").equals("n") && r.get("block").equals("ByRegion")) {
                    n.put(r.get("keys"), Long.parseLong(r.get("value")));
                }
            }
            for (CSVRecord r : rows) {
                if (!r.get("report").equals(report) || !r.get("statistic").equals("mean")) {
                    continue;
                }
                if (r.get("block").equals("senior_mean")) {
                    total = Double.parseDouble(r.get("value"));
                    totalN = Long.parseLong(r.get("n"));
                } else if (r.get("value").isEmpty()) {
                    withheld++;
                    withheldN += n.get(r.get("keys"));
                } else {
                    published += n.get(r.get("keys")) * Double.parseDouble(r.get("value"));
                }
            }
            assertTrue(total > 0, report + " publishes the total");
            assertTrue(withheld >= 2, report + ": with one region withheld, the total gives it away");
            double derived = (totalN * total - published) / withheldN;
            assertNotEquals(Math.round(asia[0]), Math.round(derived), report + ": the Asia-Pacific salary follows");
        }
        String pdf = org.careerbench.PdfFacts.read(period.resolve("leak.pdf")).text().replaceAll("\\s+", " ");
        assertTrue(pdf.contains("withheld as well, so that a withheld one cannot be worked out from a total"), pdf);
        assertEquals(List.of(), new PeriodAudit(java.time.Clock.systemUTC()).audit(period, Path.of("input"), templates,
                java.nio.charset.StandardCharsets.UTF_8).findings());
    }
}
