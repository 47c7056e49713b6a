package org.careerbench.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.careerbench.data.DataException;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.careerbench.data.Needs;
import org.careerbench.data.Sha256;
import org.careerbench.delivery.DeliverySettings;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.assembly.InputFigures;
import org.careerbench.report.assembly.ReportBuilder;
import org.careerbench.report.assembly.ReportContext;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.template.DatasetUse;
import org.careerbench.template.TemplateLoader;
import org.careerbench.template.TemplateSpec;

/**
 * One run: templates and input validated first and reports built ({@link #prepare}), then
 * written ({@link #write}): rendered into a staging folder with a manifest, which the period
 * folder switches to ({@code output/<period>/}). "Publish" names the whole of a period's
 * operation — lock, run, ledger, delivery — and belongs to {@link PeriodPublisher}.
 *
 * <p>Contract: either the whole run is written, or a {@link RunFailure} is thrown and
 * nothing under the output folder changed (bad input fails before anything is written
 * there at all).
 */
public final class RunJob {
    private final RunLog log;
    private final Clock clock;
    private final PeriodFolder.Steps steps;

    /**
     * @param log   receives the run's steps and progress
     * @param clock tells when the run started, for the manifest
     */
    public RunJob(RunLog log, Clock clock) {
        this(log, clock, PeriodFolder.Steps.NONE);
    }

    /** A run whose publishing announces each file-system step to {@code steps} (a test stops it there). */
    RunJob(RunLog log, Clock clock, PeriodFolder.Steps steps) {
        this.log = log;
        this.clock = clock;
        this.steps = steps;
    }

    /** A run on the system clock. */
    public RunJob(RunLog log) {
        this(log, Clock.systemUTC());
    }

    /** @param log receives one line per step, for the user */
    public RunJob(Consumer<String> log) {
        this(RunLog.lines(log));
    }

    /**
     * Everything a run needs before it writes: validated input, built reports, timings so far.
     *
     * @param builds what each template built, in the order of {@code specs}, every shard's reports
     *               with what they disclose: what the disclosure audit checks
     */
    public record Prepared(RunOptions options, InputData data, List<TemplateSpec> specs, List<Report> reports,
            List<String> skipped, Instant started, long startNanos, Map<String, Long> stages,
            Optional<DeliverySettings> delivery, List<String> notes, List<ReportBuilder.Built> builds) {
    }

    /** Prepares and writes in one go. */
    public RunResult run(RunOptions options) throws RunFailure {
        return write(prepare(options));
    }

    /**
     * Reads and validates the templates and input and builds every report; writes nothing. This is
     * the one preparation path: {@code validate} is this without rendering and publishing, so what
     * one refuses the other refuses, in the same words.
     *
     * <p>Every mistake is gathered before anything is refused: each template's syntax and
     * vocabulary, the names templates use that the data lacks, output names written twice — across
     * all templates, by file and line, then a count by kind.
     *
     * @throws RunFailure of kind BAD_INPUT when a file is invalid, its message listing every problem
     */
    public Prepared prepare(RunOptions options) throws RunFailure {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Map<String, Long> stages = new LinkedHashMap<>();
        Stopwatch watch = new Stopwatch();

        Problems problems = new Problems();
        List<TemplateSpec> specs = loadTemplates(options, problems);
        refuseFarFuture(options, specs);
        InputData data;
        Optional<LocalDate> latest = specs.stream().map(s -> s.parameters().effectiveDate(options.period()))
                .max(Comparator.naturalOrder());
        Needs needs = new Needs(DatasetUse.of(specs), latest);
        data = loadInput(options, needs, log, problems);
        stages.put("ingest", watch.lap());
        log.info("Read " + data.files().size() + " input files (" + data.salaries().size()
                + " salary observations) and " + specs.size() + " templates");

        List<Report> all = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        ReportBuilder builder = new ReportBuilder(data);
        EarlierFigures earlierFigures = new EarlierFigures(options);
        ReportContext context = earlierFigures.context();
        List<ReportBuilder.Built> builds = buildAll(builder, specs, context, problems, options.threads());
        for (int t = 0; t < specs.size(); t++) {
            TemplateSpec spec = specs.get(t);
            ReportBuilder.Built built = builds.get(t);
            all.addAll(built.reports());

            skipped.addAll(built.skipped());
            if (options.strict() || spec.run().strict()) {
                List<String> warnings = new ArrayList<>(data.quality().notes());
                warnings.addAll(earlierFigures.problems());
                built.reports().forEach(r -> warnings.addAll(r.warnings()));
                warnings.stream().distinct().forEach(w -> problems.add(spec.source(), 0, Problem.Kind.STRICT,
                        "data warning, refused as " + (options.strict() ? "--strict" : "'strict: true'") + " asks: " + w));
            }
        }
        skipped.forEach(log::info);
        Set<String> fileNames = new HashSet<>();
        for (Report r : all) {
            if (!fileNames.add(r.fileName().toLowerCase(Locale.ROOT))) {
                problems.add(options.templates(), 0, Problem.Kind.DUPLICATE, "two reports would be written to "
                        + r.fileName() + "; give each template (and each burst value) its own output name");
            }
        }
        Optional<DeliverySettings> delivery = PeriodDelivery.checked(options.templates(),
                all.stream().map(Report::fileName).toList(), problems);
        if (!problems.isEmpty()) {
            throw new RunFailure(RunFailure.Kind.BAD_INPUT, problems.report(), null);
        }
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (options.shard().includes(i)) {
                reports.add(all.get(i));
            }
        }
        stages.put("stats", watch.lap());
        earlierFigures.problems().forEach(log::warn);
        return new Prepared(options, data, specs, reports, skipped, started, t0, stages, delivery,
                earlierFigures.problems(), builds);
    }

    /**
     * Builds every template's reports, templates side by side on up to {@code threads} threads
     * (each template's statistics are independent of the others'); results and problems in the
     * templates' order, whatever order they finish in.
     */
    private static List<ReportBuilder.Built> buildAll(ReportBuilder builder, List<TemplateSpec> specs,
            ReportContext context, Problems problems, int threads) throws RunFailure {
        List<Problems> each = new ArrayList<>();
        specs.forEach(s -> each.add(new Problems()));
        List<ReportBuilder.Built> built = new ArrayList<>();
        if (threads <= 1 || specs.size() <= 1) {
            for (int t = 0; t < specs.size(); t++) {
                built.add(builder.build(specs.get(t), context, each.get(t)));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(
                    Math.min(threads, specs.size()));
            try {
                List<Future<ReportBuilder.Built>> futures = new ArrayList<>();
                for (int t = 0; t < specs.size(); t++) {
                    int i = t;
                    futures.add(pool.submit(() -> builder.build(specs.get(i), context, each.get(i))));
                }
                for (Future<ReportBuilder.Built> f : futures) {
                    built.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunFailure(RunFailure.Kind.RENDERING, "interrupted while building the reports", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        each.forEach(problems::addAll);
        return built;
    }

    /**
     * Renders the prepared reports into a staging folder with a manifest and switches the period
     * folder to it, or changes nothing under the output folder.
     *
     * @throws RunFailure of kind RENDERING when a deliverable cannot be written
     */
    public RunResult write(Prepared prepared) throws RunFailure {
        RunOptions options = prepared.options();
        InputData data = prepared.data();
        List<TemplateSpec> specs = prepared.specs();
        List<Report> reports = prepared.reports();
        Instant started = prepared.started();
        long t0 = prepared.startNanos();
        Map<String, Long> stages = new LinkedHashMap<>(prepared.stages());
        Stopwatch watch = new Stopwatch();
        Set<String> warnings = new LinkedHashSet<>(data.quality().notes());
        warnings.addAll(prepared.notes());
        reports.forEach(r -> warnings.addAll(r.warnings()));

        PeriodFolder folder = new PeriodFolder(options.periodFolder(), steps);
        Path staging = null;
        try {
            staging = folder.stage();
            Renderings renderings = new Renderings(log, options.threads());
            List<OutputFile> outputs = new ArrayList<>(renderings.render(reports, staging));
            outputs.add(FiguresFile.write(options.period().toString(), reports,
                    InputFigures.of(data), staging));
            java.util.Optional<YearMonth> previous = java.util.Optional.ofNullable(PeriodFolder.published(
                    options.outputRoot(), ManifestFile.NAME).lowerKey(options.period()));
            outputs.add(IndexFile.write(options.period(), outputs, reports, specs, staging, options.shard().whole()
                    ? previous : java.util.Optional.empty(), prepared.skipped()));

            stages.put("render", watch.lap());
            stages.put("pdf_cpu", renderings.pdfMillis());
            stages.put("charts_cpu", renderings.chartMillis());
            stages.put("xlsx_cpu", renderings.xlsxMillis());
            stages.put("html_cpu", renderings.htmlMillis());
            List<String> effective = specs.stream().map(s -> s.parameters().effectiveDate(options.period()).toString())
                    .distinct().sorted().toList();
            Manifest manifest = Manifest.builder(Version.current(), options.commandLine(), options.period().toString())
                    .effectiveDates(effective).timing(started, (System.nanoTime() - t0) / 1_000_000)
                    .inputs(data.files(), data.quality()).templates(templateFiles(options.templates()))
                    .outputs(outputs).warnings(List.copyOf(warnings)).skipped(prepared.skipped()).stageMillis(stages)
                    .build();
            ManifestFile.write(staging, manifest);
            sync(staging);
            Optional<Path> replaced = folder.switchTo(staging);
            staging = null;
            try {
                folder.removeReplaced(replaced);
            } catch (IOException e) {
                log.warn("the previous run's folder " + replaced.get() + " could not be removed (" + IoWords.of(e)
                        + "); the next run removes it");
            }
            stages.put("publish", watch.lap());
            return new RunResult(options.periodFolder(), outputs, List.copyOf(warnings),
                    (System.nanoTime() - t0) / 1_000_000, stages);
        } catch (IOException | RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            log.debug("rendering failed: " + trace);
            throw new RunFailure(RunFailure.Kind.RENDERING, "could not write the run for " + options.period()
                    + " into " + options.outputRoot() + ": " + FailureWords.of(e) + "; nothing was published, the "
                    + "previous run of the period is intact", e);
        } finally {
            if (staging != null) {
                try {
                    PeriodFolder.deleteTree(staging);
                } catch (IOException e) {
                    log.warn("could not remove staging folder " + staging + ": " + e.getMessage());
                }
            }
        }
    }

    /**
     * Refuses a period more than a month after the current one (by the run's clock): {@code 9999-12}
     * or a typo such as {@code 2062-11} would age every salary for decades without a word. Allowed
     * with {@code --allow-future}, or when every template fixes its own {@code effective-date}
     * (then the period does not move the figures).
     */
    private void refuseFarFuture(RunOptions options, List<TemplateSpec> specs) throws RunFailure {
        YearMonth latest = YearMonth.now(clock).plusMonths(1);
        boolean dated = !specs.isEmpty() && specs.stream().allMatch(s -> s.parameters().effectiveDate().isPresent());
        if (options.allowFuture() || dated || !options.period().isAfter(latest)) {
            return;
        }
        throw new RunFailure(RunFailure.Kind.BAD_INPUT, "period " + options.period() + " is more than a month after "
                + "the current month (" + YearMonth.now(clock) + "): salaries would be aged to it as if it were real. "
                + "Expected a period up to " + latest + " (is it a typo?), or --allow-future to report a future period "
                + "on purpose", null);
    }

    /** Every template, its mistakes added to {@code problems}; an output name written twice is one. */
    private static List<TemplateSpec> loadTemplates(RunOptions options, Problems problems) throws RunFailure {
        List<TemplateSpec> specs;
        try {
            specs = new TemplateLoader().loadAll(options.templates(), problems);
        } catch (IOException e) {
            throw new RunFailure(RunFailure.Kind.BAD_INPUT, "cannot read templates in " + options.templates() + ": "
                    + IoWords.of(e), e);
        }
        Map<String, TemplateSpec> outputs = new HashMap<>();
        for (TemplateSpec s : specs) {
            for (OutputFormat f : s.formats()) {
                String name = s.outputName() + "." + f.extension();
                TemplateSpec other = outputs.putIfAbsent(name.toLowerCase(Locale.ROOT), s);
                if (other != null) {
                    problems.add(s.source(), s.lines().of("output"), Problem.Kind.DUPLICATE, "output '" + name
                            + "' is also written by " + other.source() + "; expected each output name once");
                }
            }
        }
        return specs;
    }

    /**
     * Reads the input. Its problems join the templates' {@code problems} found before, so that one
     * report lists both, in file and line order, with one count.
     */
    private static InputData loadInput(RunOptions options, Needs needs, RunLog log, Problems problems)
            throws RunFailure {
        try {
            return new InputLoader(options.encoding(), rows -> log.progress("reading salaries", rows, -1))
                    .load(options.input(), needs);
        } catch (DataException e) {
            problems.addAll(e.problems());
            throw new RunFailure(RunFailure.Kind.BAD_INPUT, problems.report(), e);
        } catch (IOException e) {
            problems.add(options.input(), 0, Problem.Kind.FILE, "cannot read input in this folder: "
                    + IoWords.of(e));
            throw new RunFailure(RunFailure.Kind.BAD_INPUT, problems.report(), e);
        }
    }

    private static List<Manifest.TemplateFile> templateFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> list = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(md|ya?ml)$"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
            List<Manifest.TemplateFile> result = new ArrayList<>();
            for (Path p : list) {
                result.add(new Manifest.TemplateFile(p.getFileName().toString(), Sha256.of(p)));
            }
            return result;
        }
    }

    /** Forces every staged file to disk before the rename makes the run visible. */
    static void sync(Path staging) throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.toList()) {
                try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    c.force(true);
                }
            }
        }
    }

    /** Milliseconds since the previous lap. */
    private static final class Stopwatch {
        private long last = System.nanoTime();

        long lap() {
            long now = System.nanoTime();
            long ms = (now - last) / 1_000_000;
            last = now;
            return ms;
        }
    }
}
