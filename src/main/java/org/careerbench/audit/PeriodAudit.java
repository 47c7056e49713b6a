package org.careerbench.audit;

import org.careerbench.batch.ManifestFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careerbench.batch.RunFailure;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunLog;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.Shard;
import org.careerbench.data.InputFile;
import org.careerbench.data.Sha256;
import org.careerbench.report.assembly.ReportBuilder;

/**
 * Audits a published period: rebuilds its reports in memory from the same input and templates —
 * checked against the SHA-256 its manifest recorded, so the audit knows exactly what each report
 * withheld — and runs the {@link DisclosureAudit} over the files.
 */
public final class PeriodAudit {
    private final Clock clock;
    private final boolean recalculate;

    /** An audit on {@code clock} (the time only stamps the in-memory rebuild) that recalculates workbooks. */
    public PeriodAudit(Clock clock) {
        this(clock, true);
    }

    /** @param recalculate false to read workbooks as stored (see {@link DisclosureAudit#DisclosureAudit(boolean)}) */
    public PeriodAudit(Clock clock, boolean recalculate) {
        this.clock = clock;
        this.recalculate = recalculate;
    }

    /**
     * What the audit found.
     *
     * @param period   the period audited
     * @param files    how many of its files were read
     * @param findings what they give away; empty when nothing
     */
    public record Result(YearMonth period, int files, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * @param folder    a published period folder, e.g. output/2026-11
     * @param input     the input folder the period was built from
     * @param templates the templates folder it was built from
     * @throws RunFailure BAD_INPUT when the folder is no published period, or its input or templates
     *                    have changed since (the audit would check the files against other figures)
     */
    public Result audit(Path folder, Path input, Path templates, Charset encoding) throws RunFailure, IOException {
        Path manifestFile = ManifestFile.of(folder);
        if (!Files.isRegularFile(manifestFile)) {
            throw new RunFailure(RunFailure.Kind.BAD_INPUT, folder + " has no manifest.json; expected a published "
                    + "period folder, e.g. output/2026-11", null);
        }
        ManifestFile manifest;
        try {
            manifest = ManifestFile.read(folder);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new RunFailure(RunFailure.Kind.BAD_INPUT, manifestFile + " is not a whole manifest (" + e
                    .getOriginalMessage() + "); expected the JSON a run writes", null);
        }
        YearMonth period = manifest.period().orElseThrow(() -> new RunFailure(RunFailure.Kind.BAD_INPUT,
                manifestFile + " names no period (found '" + manifest.periodText() + "', expected YYYY-MM)", null));
        RunOptions options = new RunOptions(input, templates, folder.toAbsolutePath().getParent(), period,
                "careerbench audit", encoding, clock.instant(), Shard.ALL, 1).withAllowFuture(true);
        RunJob.Prepared prepared = new RunJob(RunLog.SILENT, clock).prepare(options);
        sameSources(folder, manifest, prepared, templates);
        List<DisclosureAudit.Published> published = new ArrayList<>();
        for (int t = 0; t < prepared.specs().size(); t++) {
            ReportBuilder.Built built = prepared.builds().get(t);
            published.add(new DisclosureAudit.Published(built.reports(), built.disclosures(),
                    prepared.specs().get(t).burstBy().isPresent()));
        }
        int files = (int) published.stream().flatMap(p -> p.reports().stream())
                .filter(r -> Files.isRegularFile(folder.resolve(r.fileName()))).count();
        return new Result(period, files, new DisclosureAudit(recalculate).audit(folder, published));
    }

    /** Refuses when an input or template differs from what the manifest recorded. */
    private static void sameSources(Path folder, ManifestFile manifest, RunJob.Prepared prepared, Path templates)
            throws RunFailure, IOException {
        Map<String, String> read = new HashMap<>();
        for (InputFile f : prepared.data().files()) {
            read.put(f.dataset(), f.sha256());
        }
        for (ManifestFile.Source in : manifest.inputs()) {
            String sha = read.get(in.dataset());
            if (sha != null && !sha.equals(in.sha256())) {
                throw changed(folder, "the " + in.dataset() + " input (" + in.file() + ")");
            }
        }
        for (ManifestFile.Source t : manifest.templates()) {
            String name = t.file();
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                continue;
            }
            Path file = templates.resolve(name);
            if (Files.isRegularFile(file) && !Sha256.of(file).equals(t.sha256())) {
                throw changed(folder, "the template " + file);
            }
        }
    }

    private static RunFailure changed(Path folder, String what) {
        return new RunFailure(RunFailure.Kind.BAD_INPUT, what + " has changed since " + folder + " was published "
                + "(its SHA-256 differs from the manifest's); the audit checks a period against the data it was "
                + "built from. Expected the same input and templates, e.g. from version control", null);
    }
}
