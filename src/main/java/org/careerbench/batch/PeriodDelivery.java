package org.careerbench.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careerbench.delivery.Deliverable;
import org.careerbench.delivery.Deliverer;
import org.careerbench.delivery.DeliveryException;
import org.careerbench.delivery.DeliveryReport;
import org.careerbench.delivery.DeliverySettings;
import org.careerbench.delivery.DeliverySettingsLoader;
import org.careerbench.delivery.SmtpPostbox;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.diagnostics.Suggestions;

/**
 * Delivery as a run sees it: the settings beside the templates, what a published period holds
 * (read back from its manifest and figures file, so a retry sends the same letters as the first
 * try), and the notice of a failed run. Used after {@code run}, {@code schedule} and
 * {@code gather} publish, and by {@code deliver}.
 */
public final class PeriodDelivery {
    private final RunLog log;
    private final Clock clock;
    private final UnaryOperator<String> environment;

    /**
     * @param environment reads the environment variables the settings name for the server's login
     */
    public PeriodDelivery(RunLog log, Clock clock, UnaryOperator<String> environment) {
        this.log = log;
        this.clock = clock;
        this.environment = environment;
    }

    /**
     * The delivery settings in {@code templates}, if the folder has a {@code delivery.yaml}.
     *
     * @throws RunFailure of kind BAD_INPUT listing every problem of the file
     */
    public static Optional<DeliverySettings> settings(Path templates) throws RunFailure {
        Problems problems = new Problems();
        Optional<DeliverySettings> s = load(templates, problems);
        if (!problems.isEmpty()) {
            throw new RunFailure(RunFailure.Kind.BAD_INPUT, problems.report(), null);
        }
        return s;
    }

    /**
     * The delivery settings in {@code templates}, each report they name checked against
     * {@code reports}, the file names the templates make (of every shard): a name none of them
     * matches is a problem at its line. Every problem is added to {@code problems}.
     *
     * @throws RunFailure of kind BAD_INPUT when the file cannot be read at all
     */
    static Optional<DeliverySettings> checked(Path templates, List<String> reports, Problems problems)
            throws RunFailure {
        Optional<DeliverySettings> settings = load(templates, problems);
        for (DeliverySettings.ReportDelivery r : settings.map(DeliverySettings::reports).orElse(List.of())) {
            if (reports.stream().noneMatch(r::covers)) {
                problems.add(templates.resolve(DeliverySettings.FILE), r.line(), Problem.Kind.DATA_REFERENCE,
                        "no template writes '" + r.file() + "'" + Suggestions.didYouMean(r.file(), reports)
                                + "; expected one of " + reports);
            }
        }
        return settings;
    }

    private static Optional<DeliverySettings> load(Path templates, Problems problems) throws RunFailure {
        try {
            return DeliverySettingsLoader.load(templates, problems);
        } catch (IOException e) {
            throw new RunFailure(RunFailure.Kind.BAD_INPUT, "cannot read " + templates.resolve(DeliverySettings.FILE)
                    + ": " + IoWords.of(e), e);
        }
    }

    /**
     * Sends what the published {@code period} in {@code outputRoot} has not yet sent, and logs
     * the outcome: each letter sent, each refused.
     *
     * @throws IOException when the period's files or its delivery log cannot be read or written
     */
    public DeliveryReport deliver(DeliverySettings settings, Path outputRoot, YearMonth period) throws IOException {
        return deliver(settings, outputRoot, period, false);
    }

    /** As {@link #deliver(DeliverySettings, Path, YearMonth)}, sending unconfirmed letters again when asked. */
    DeliveryReport deliver(DeliverySettings settings, Path outputRoot, YearMonth period, boolean resendUnconfirmed)
            throws IOException {
        Path folder = outputRoot.resolve(period.toString());
        DeliveryReport report = new Deliverer(settings, new SmtpPostbox(settings.smtp(), environment), clock)
                .deliver(period.toString(), folder, published(folder), resendUnconfirmed);
        report.sent().forEach(s -> log.info("Delivered " + s));
        if (report.alreadySent() > 0) {
            log.info(report.alreadySent() + (report.alreadySent() == 1 ? " letter was" : " letters were")
                    + " sent before and not sent again (" + folder.resolve("delivery.log") + ")");
        }
        report.notes().forEach(log::info);
        report.failures().forEach(f -> log.warn("not delivered: " + f));
        return report;
    }

    /**
     * As {@link #deliver}, holding the output folder's lock, after checking that the period is
     * published and its files match its manifest: a letter never carries a file that changed.
     *
     * @throws RunFailure     BAD_INPUT when the period is not published or its files differ from the manifest
     * @throws RunLock.Locked when another run holds the output folder
     */
    public DeliveryReport deliverLocked(DeliverySettings settings, Path outputRoot, YearMonth period,
            String commandLine, boolean resendUnconfirmed) throws RunFailure, RunLock.Locked, IOException {
        Path folder = outputRoot.resolve(period.toString());
        try (RunLock lock = RunLock.acquire(outputRoot, commandLine, clock.instant())) {
            List<String> problems = new ManifestVerifier().verify(folder);
            if (!problems.isEmpty()) {
                throw new RunFailure(RunFailure.Kind.BAD_INPUT, period + " is not published whole in " + outputRoot
                        + " (" + folder + ": " + problems.get(0) + "); nothing was sent", null);
            }
            return deliver(settings, outputRoot, period, resendUnconfirmed);
        }
    }

    /**
     * Sends the notice of a failed run to the operations address, if the templates' delivery
     * settings name one; a notice that cannot be sent is logged, never thrown: the run's own
     * failure is what the caller reports.
     */
    public void noticeOfFailure(Path templates, YearMonth period, String commandLine, String failure) {
        Optional<DeliverySettings> settings;
        try {
            settings = settings(templates);
        } catch (RunFailure unreadable) {
            return;
        }
        if (settings.isEmpty()) {
            return;
        }
        try {
            if (new Deliverer(settings.get(), new SmtpPostbox(settings.get().smtp(), environment), clock)
                    .noticeOfFailure(period.toString(), commandLine, failure)) {
                log.info("Sent the failure notice to " + settings.get().operations().get());
            }
        } catch (DeliveryException e) {
            log.warn("the failure notice was not sent: " + e.getMessage());
        }
    }

    /**
     * The reports a published period folder holds, from its manifest (file, SHA-256, title) and
     * figures file (the key figures as shown).
     */
    static List<Deliverable> published(Path folder) throws IOException {
        ManifestFile manifest = ManifestFile.read(folder);
        Map<String, List<Deliverable.KeyFigureText>> figures = new LinkedHashMap<>();
        Path figuresFile = folder.resolve(FiguresFile.NAME);
        if (Files.isRegularFile(figuresFile)) {
            try (CSVParser p = CSVParser.builder().setPath(figuresFile).setCharset(StandardCharsets.UTF_8)
                    .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                boolean labelled = p.getHeaderMap().containsKey("label");
                for (CSVRecord r : p) {
                    // A figure shown twice (once in a call-out) is listed once.
                    Deliverable.KeyFigureText k = labelled ? new Deliverable.KeyFigureText(r.get("label"),
                            r.get("shown")) : null;
                    List<Deliverable.KeyFigureText> list = figures.computeIfAbsent(r.get("report"),
                            x -> new ArrayList<>());
                    if (k != null && !k.label().isEmpty() && !list.contains(k)) {
                        list.add(k);
                    }
                }
            }
        }
        List<Deliverable> list = new ArrayList<>();
        for (ManifestFile.Output out : manifest.outputs()) {
            if (!out.title().isEmpty()) {
                list.add(new Deliverable(folder.resolve(out.file()), out.sha256(), out.title(),
                        figures.getOrDefault(out.file(), List.of())));
            }
        }
        return list;
    }
}
