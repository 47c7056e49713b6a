package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.careerbench.batch.ManifestVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careerbench gather}: the shards of a period published as one, or nothing with a reason. */
class GatherCommandTest {
    @TempDir
    Path dir;

    private Path templates() throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.copy(Path.of("templates/career-report.md"), t.resolve("career-report.md"));
        Files.copy(Path.of("templates/salary-benchmark.md"), t.resolve("salary-benchmark.md"));
        return t;
    }

    private int shard(Path input, Path templates, Path output, String k) {
        Cli cli = new Cli();
        return cli.run("run", "--period", "2026-11", "--input", input.toString(), "--templates", templates.toString(),
                "--output", output.toString(), "--shard", k, "--quiet");
    }

    @Test
    void twoShardsBecomeOnePeriodThatMatchesItsManifest() throws Exception {
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        Path templates = templates();
        Path output = dir.resolve("out");
        assertEquals(ExitCodes.OK, shard(input, templates, output, "1/2"));
        assertEquals(ExitCodes.OK, shard(input, templates, output, "2/2"));
        Cli cli = new Cli();
        int code = cli.run("gather", "--period", "2026-11", "--shards", "2", "--output", output.toString(),
                "--templates", templates.toString(), "--quiet");
        assertEquals(ExitCodes.OK, code, cli.said());
        assertTrue(cli.out.toString().contains("from 2 shards"), cli.said());
        Path period = output.resolve("2026-11");
        assertEquals(java.util.List.of(), new ManifestVerifier().verify(period));
        assertTrue(Files.isRegularFile(period.resolve("career-report.pdf")));
        assertTrue(Files.isRegularFile(period.resolve("salary-benchmark.xlsx")));
    }

    @Test
    void aMissingShardIsRefusedNamingTheCommandThatMakesIt() throws Exception {
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        Path templates = templates();
        Path output = dir.resolve("out");
        assertEquals(ExitCodes.OK, shard(input, templates, output, "1/2"));
        String said = Cli.refused("gather", "--period", "2026-11", "--shards", "2", "--output", output.toString(),
                "--templates", templates.toString());
        assertTrue(said.contains("shard 2 of 2 of 2026-11 is not there whole"), said);
        assertTrue(said.contains("run 'careerbench run --period 2026-11 --shard 2/2' first"), said);
        assertFalse(Files.exists(output.resolve("2026-11")), "nothing published");
    }

    @Test
    void zeroShardsIsRefused() {
        String said = Cli.refused("gather", "--period", "2026-11", "--shards", "0", "--output",
                dir.resolve("out").toString());
        assertTrue(said.contains("--shards 0, expected 1 or more"), said);
    }
}
