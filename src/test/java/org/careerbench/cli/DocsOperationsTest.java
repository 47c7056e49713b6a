package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The scheduling examples of docs/operations.md are valid as far as this machine can tell without cron, systemd or a cluster. */
class DocsOperationsTest {
    static String readme;

    @BeforeAll
    static void read() throws Exception {
        readme = Files.readString(Path.of("docs/operations.md"));
    }

    private static List<String> blocks(String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static ZonedDateTime next(String cron, String after) {
        return ExecutionTime.forCron(new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX))
                .parse(cron)).nextExecution(ZonedDateTime.parse(after)).orElseThrow();
    }

    @Test
    void theCrontabLineFiresAtSixOnTheFirstAndRunsTheJob() {
        String line = blocks("crontab").get(0).lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        String[] fields = line.trim().split("\\s+", 6);
        String cron = String.join(" ", List.of(fields).subList(0, 5));
        assertEquals(ZonedDateTime.parse("2026-12-01T06:00Z"), next(cron, "2026-11-15T00:00Z"));
        assertTrue(fields[5].contains("./careerbench run"), fields[5]);
    }

    @Test
    void theSystemdUnitsRunTheJobAndFireMonthly() {
        List<String> units = blocks("ini");
        assertEquals(2, units.size());
        String service = units.get(0);
        String timer = units.get(1);
        assertTrue(service.contains("Type=oneshot"));
        assertTrue(service.lines().anyMatch(l -> l.startsWith("ExecStart=/") && l.contains("careerbench run")));
        assertTrue(service.contains("SuccessExitStatus=" + ExitCodes.LOCKED));
        assertTrue(timer.contains("OnCalendar=*-*-01 06:00:00"));
        assertTrue(timer.contains("Unit=careerbench.service") && timer.contains("WantedBy=timers.target"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKubernetesCronJobCallsRunWithAPeriod() {
        Map<String, Object> job = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(blocks("yaml").stream().filter(b -> b.contains("kind: CronJob")).findFirst()
                        .orElseThrow());
        assertEquals("batch/v1", job.get("apiVersion"));
        assertEquals("CronJob", job.get("kind"));
        Map<String, Object> spec = (Map<String, Object>) job.get("spec");
        assertEquals(ZonedDateTime.parse("2027-01-01T06:00+01:00[Europe/Berlin]"),
                next((String) spec.get("schedule"), "2026-12-15T00:00+01:00[Europe/Berlin]")
                        .withZoneSameInstant(ZoneId.of("Europe/Berlin")));
        assertEquals("Forbid", spec.get("concurrencyPolicy"), "never two runs at once");
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) spec.get("jobTemplate")).get("spec")).get("template")).get("spec");
        List<Map<String, Object>> containers = (List<Map<String, Object>>) pod.get("containers");
        String command = String.join(" ", (List<String>) containers.get(0).get("command"));
        assertTrue(command.contains("careerbench run --period \"$(date +%Y-%m)\""), command);
    }

    @Test
    void theShellCommandsOfTheCronJobAndCrontabProduceAPeriodTheCliAccepts() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "date +%Y-%m").start();
        String period = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.waitFor());
        assertEquals(java.time.YearMonth.parse(period).toString(), period);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theShardedKubernetesExampleRunsEveryShardThenGathersThemAll() {
        String yaml = blocks("yaml").stream().filter(b -> b.contains("completionMode: Indexed")).findFirst()
                .orElseThrow();
        List<Object> jobs = new java.util.ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(jobs::add);
        assertEquals(2, jobs.size(), "the shards' Job, then the gathering Job");
        Map<String, Object> shards = (Map<String, Object>) ((Map<String, Object>) jobs.get(0)).get("spec");
        int completions = (Integer) shards.get("completions");
        String shard = String.join(" ", (List<String>) ((Map<String, Object>) ((List<Object>) ((Map<String, Object>)
                ((Map<String, Object>) shards.get("template")).get("spec")).get("containers")).get(0)).get("command"));
        assertTrue(shard.contains("--shard $((JOB_COMPLETION_INDEX+1))/" + completions), shard);
        Map<String, Object> gather = (Map<String, Object>) ((Map<String, Object>) jobs.get(1)).get("spec");
        List<String> command = (List<String>) ((Map<String, Object>) ((List<Object>) ((Map<String, Object>)
                ((Map<String, Object>) gather.get("template")).get("spec")).get("containers")).get(0)).get("command");
        assertEquals(List.of("careerbench", "gather", "--period", "2026-11", "--shards", Integer.toString(completions),
                "--output", "/data/output"), command);
    }

    @Test
    void theDeliveryExampleIsValidBesideTheShippedTemplates(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String yaml = blocks("yaml").stream().filter(b -> b.startsWith("# templates/delivery.yaml")).findFirst()
                .orElseThrow();
        Path templates = TemplateFolders.shipped(dir.resolve("templates"));
        Files.writeString(templates.resolve("delivery.yaml"), yaml);
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("validate", "--templates", templates.toString(), "--period", "2026-11"),
                cli.out + "\n" + cli.err);
        Files.writeString(templates.resolve("delivery.yaml"), yaml.replace("salary-benchmark.xlsx:", "benchmark.xlsx:"));
        cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", templates.toString(), "--period",
                "2026-11"), "validate checks delivery.yaml too");
        assertTrue(cli.err.toString().contains("no template writes 'benchmark.xlsx'"), cli.err.toString());
    }
}
