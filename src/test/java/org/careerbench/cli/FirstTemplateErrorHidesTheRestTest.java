package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a missing market indicator was the only error printed when the same template had
 * others (an unknown column, an unknown statistic); the rest appeared one fix at a time, with no
 * count, and it named {@code market.csv} when the data came through a mapping from another file.
 */
class FirstTemplateErrorHidesTheRestTest {
    @TempDir
    Path dir;

    @Test
    void aDataReferenceAndVocabularyMistakesAreListedTogetherWithACount() throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("market.md"), """
                ---
                title: Market
                ---
                # Market
                ```table
                source: market
                indicator: Global SRE market sise
                ```
                ```table
                source: benchmark
                rows: [levle]
                statistics: [p55]
                filter: {level: Senoir}
                ```
                ```table
                source: survey
                filter: {country: Atlantis}
                ```
                """);
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        String err = cli.err.toString();
        Path f = t.resolve("market.md");
        assertTrue(err.contains(f + ":7: no market indicator 'Global SRE market sise' in input/market.csv (did you "
                + "mean 'Global SRE market size'?)"), err);
        assertTrue(err.contains(f + ":11: unknown salaries column 'levle' in rows (did you mean 'level'?)"), err);
        assertTrue(err.contains(f + ":12: unknown statistic 'p55' (did you mean 'p25'?)"), err);
        // A value near none the data has is not a typo but a group with no rows this period (issue 24): a
        // data warning, so one thin group never refuses every report; validate lists it.
        assertTrue(!err.contains("'Atlantis'"), err);
        assertTrue(err.contains("3 problems:"), err);
        assertTrue(err.contains("2  unknown value") && err.contains("1  unknown in the data"), err);
    }

    @Test
    void aValueFilterNamesTheDataFileAndTheNearMiss() throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("pay.md"), "---\ntitle: Pay\n---\n# Pay\n```table\nsource: benchmark\n"
                + "filter: {level: Senoir}\n```\n");
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        assertTrue(cli.err.toString().contains(t.resolve("pay.md") + ":7: no row of input/salaries.csv has level "
                + "'Senoir' (did you mean 'Senior'?)"), cli.err.toString());
    }

    @Test
    void theFileBehindAMappingIsNamedNotTheDatasetsDefault() throws Exception {
        Path in = TemplateFolders.sampleInput(dir.resolve("in"));
        Files.move(in.resolve("market.csv"), in.resolve("projections-2026.csv"));
        Files.writeString(in.resolve("market.mapping.yaml"), "dataset: market\nfile: projections-2026.csv\n");
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("m.md"), "---\ntitle: M\n---\n# M\n```chart\nsource: market\nindicator: Nonsense\n```\n");
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--input", in.toString(), "--templates", t.toString(),
                "--period", "2026-11"));
        String err = cli.err.toString();
        assertTrue(err.contains(t.resolve("m.md") + ":7: no market indicator 'Nonsense' in "
                + in.resolve("projections-2026.csv")), err);
    }
}
