package org.careerbench.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careerbench.data.Sha256;
import org.careerbench.render.html.PeriodIndexPage;

/**
 * Publishes a period run as shards ({@code run --shard k/N}, each in
 * {@code output/<period>.shard-k-of-N/}) as one period: every shard must be there, match its own
 * manifest and have read the same inputs and templates; their deliverables then go into one
 * period folder with one manifest and one figures file, published atomically like a run, and the
 * ledger records the period once. Anything missing or different refuses the whole, in words,
 * and publishes nothing.
 */
public final class Gather {
    private final RunLog log;
    private final Clock clock;

    public Gather(RunLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Gathers {@code shards} shards of {@code period} in {@code outputRoot}.
     *
     * @return the published period folder
     * @throws RunFailure     BAD_INPUT when a shard is missing, incomplete or from other inputs; RENDERING when
     *                        the period cannot be written
     * @throws RunLock.Locked when another run holds the output folder
     */
    public Path gather(Path outputRoot, YearMonth period, int shards, String commandLine) throws RunFailure,
            RunLock.Locked, IOException {
        return gather(outputRoot, period, shards, commandLine, false).orElseThrow();
    }

    /**
     * Gathers {@code shards} shards of {@code period} in {@code outputRoot}, unless the period is
     * already published and {@code force} is false: gathering the same shards again republishes
     * nothing and sends nothing.
     *
     * @return the published period folder; empty when it was already published and skipped
     * @throws RunFailure     BAD_INPUT when a shard is missing, incomplete, of another period or from other
     *                        inputs; RENDERING when the period cannot be written
     * @throws RunLock.Locked when another run holds the output folder
     */
    public Optional<Path> gather(Path outputRoot, YearMonth period, int shards, String commandLine, boolean force)
            throws RunFailure, RunLock.Locked, IOException {
        OutputFolder.checkPeriod(outputRoot.resolve(period.toString()));
        ObjectMapper json = new ObjectMapper();
        List<Path> folders = new ArrayList<>();
        List<JsonNode> manifests = new ArrayList<>();
        for (int k = 1; k <= shards; k++) {
            Path folder = outputRoot.resolve(period + ".shard-" + k + "-of-" + shards);
            List<String> problems = new ManifestVerifier().verify(folder);
            if (!problems.isEmpty()) {
                throw new RunFailure(RunFailure.Kind.BAD_INPUT, "shard " + k + " of " + shards + " of " + period
                        + " is not there whole (" + folder + ": " + problems.get(0) + "); run 'careerbench run --period "
                        + period + " --shard " + k + "/" + shards + "' first; nothing was published", null);
            }
            folders.add(folder);
            ManifestFile manifest = ManifestFile.read(folder);
            if (!manifest.periodText().equals(period.toString())) {
                // A shard folder renamed from another month would publish that month's figures under this one.
                throw new RunFailure(RunFailure.Kind.BAD_INPUT, "shard " + k + " of " + shards + " in " + folder
                        + " is a run of " + (manifest.periodText().isEmpty() ? "an unknown period" : manifest.periodText())
                        + ", not of " + period
                        + "; run 'careerbench run --period " + period + " --shard " + k + "/" + shards + "' for it; "
                        + "nothing was published", null);
            }
            manifests.add(manifest.json());
        }
        for (int k = 1; k < shards; k++) {
            for (String part : List.of("inputs", "templates")) {
                if (!manifests.get(k).path(part).equals(manifests.get(0).path(part))) {
                    throw new RunFailure(RunFailure.Kind.BAD_INPUT, "shard " + (k + 1) + " of " + shards + " read other "
                            + part + " than shard 1 (their SHA-256 differ in the manifests of " + folders.get(k) + " and "
                            + folders.get(0) + "); run every shard on the same " + part + "; nothing was published",
                            null);
                }
            }
        }
        try (RunLock lock = RunLock.acquire(outputRoot, commandLine, clock.instant())) {
            if (!force && Files.isRegularFile(ManifestFile.of(outputRoot.resolve(period.toString())))) {
                log.info("Period " + period + " is already published in " + outputRoot.resolve(period.toString())
                        + "; skipped (use --force to gather it again)");
                return Optional.empty();
            }
            PeriodFolder target = new PeriodFolder(outputRoot.resolve(period.toString()));
            Path staging = target.stage();
            boolean published = false;
            try {
                ArrayNode outputs = json.createArrayNode();
                Set<String> warnings = new LinkedHashSet<>();
                Set<String> skipped = new LinkedHashSet<>();
                List<String> figureRows = new ArrayList<>();
                String header = null;
                String shardIndex = null;
                Set<String> inputRows = new HashSet<>();
                for (int k = 0; k < shards; k++) {
                    Path folder = folders.get(k);
                    for (JsonNode out : manifests.get(k).path("outputs")) {
                        String name = out.path("file").asText();
                        if (name.equals(FiguresFile.NAME)) {
                            List<String> lines = Files.readAllLines(folder.resolve(name), StandardCharsets.UTF_8);
                            header = lines.isEmpty() ? header : lines.get(0);
                            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                                // Every shard read the same input: its rows (no report) are kept once.
                                if (!line.startsWith(period + ",,") || inputRows.add(line)) {
                                    figureRows.add(line);
                                }
                            }
                            continue;
                        }
                        if (name.equals(PeriodIndexPage.NAME)) {
                            // Each shard's index lists its own files; the period gets one listing them all.
                            shardIndex = shardIndex != null ? shardIndex : Files.readString(folder.resolve(name));
                            continue;
                        }
                        if (Files.exists(staging.resolve(name))) {
                            throw new RunFailure(RunFailure.Kind.BAD_INPUT, name + " is in two shards; shards of one "
                                    + "run never share a deliverable; nothing was published", null);
                        }
                        Files.copy(folder.resolve(name), staging.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                        outputs.add(out);
                    }
                    manifests.get(k).path("warnings").forEach(w -> warnings.add(w.asText()));
                    manifests.get(k).path("skipped").forEach(s -> skipped.add(s.asText()));
                }
                if (header != null) {
                    Path figures = staging.resolve(FiguresFile.NAME);
                    List<String> all = new ArrayList<>(List.of(header));
                    all.addAll(figureRows);
                    Files.write(figures, all, StandardCharsets.UTF_8);
                    outputs.add(json.createObjectNode().put("file", FiguresFile.NAME).put("bytes", Files.size(figures))
                            .put("sha256", Sha256.of(figures)));
                }
                if (shardIndex != null) {
                    List<OutputFile> files = new ArrayList<>();
                    for (JsonNode out : outputs) {
                        files.add(new OutputFile(out.path("file").asText(), out.path("bytes").asLong(),
                                out.path("sha256").asText(), out.path("title").asText(""), out.path("audience")
                                .asText(""), out.path("suppression").asText(""), out.path("language").asText("")));
                    }
                    OutputFile index = IndexFile.write(period, files, shardIndex, staging);
                    outputs.add(json.createObjectNode().put("file", index.name()).put("bytes", index.bytes())
                            .put("sha256", index.sha256()).put("title", index.title()));
                }
                ObjectNode manifest = ((ObjectNode) manifests.get(0)).deepCopy();
                manifest.put("command", commandLine);
                manifest.set("outputs", outputs);
                ArrayNode from = manifest.putArray("gathered_from");
                folders.forEach(f -> from.add(f.getFileName().toString()));
                ArrayNode w = manifest.putArray("warnings");
                warnings.forEach(w::add);
                ArrayNode s = manifest.putArray("skipped");
                skipped.forEach(s::add);
                ManifestFile.write(staging, manifest);
                RunJob.sync(staging);
                Optional<Path> replaced = target.switchTo(staging);
                published = true;
                try {
                    target.removeReplaced(replaced);
                } catch (IOException e) {
                    log.warn("the previous run's folder could not be removed (" + IoWords.of(e) + "); the next run "
                            + "removes it");
                }
            } catch (RunFailure | IOException | RuntimeException e) {
                if (!published) {
                    // Once published, the staging folder is the period: never deleted here.
                    PeriodFolder.deleteTree(staging);
                }
                throw e;
            }
            new Ledger(outputRoot).record(period, clock.instant());
            log.info("Gathered " + shards + " shards of " + period + " into " + outputRoot.resolve(period.toString()));
            return Optional.of(outputRoot.resolve(period.toString()));
        }
    }
}
