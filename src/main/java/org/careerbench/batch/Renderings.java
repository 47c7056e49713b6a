package org.careerbench.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.careerbench.data.Sha256;
import org.careerbench.render.Scratch;
import org.careerbench.render.pdf.PdfReportRenderer;
import org.careerbench.render.pdf.PdfResources;
import org.careerbench.render.xlsx.XlsxReportRenderer;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Renderer;
import org.careerbench.report.Report;

/**
 * Renders a run's reports into one folder with a bounded pool of threads. Each report is
 * independent (its own renderer and file), so the files and their order in the result are the
 * same whatever the number of threads.
 */
final class Renderings {
    private final RunLog log;
    private final int threads;
    private final AtomicLong pdfNanos = new AtomicLong();
    private final AtomicLong xlsxNanos = new AtomicLong();
    private final AtomicLong htmlNanos = new AtomicLong();
    private final AtomicLong chartNanos = new AtomicLong();

    Renderings(RunLog log, int threads) {
        this.log = log;
        this.threads = threads;
    }

    /** Renders every report into {@code folder}; the outputs come back in report order. */
    List<OutputFile> render(List<Report> reports, Path folder) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, reports.size())), r -> {
            Thread t = new Thread(r, "careerbench-render");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        // The renderers' temporary files stay inside the run folder: a run killed here leaves them
        // in its dead run folder, which the next run clears, never in the system temp folder.
        Path scratch = Files.createDirectories(folder.resolve(Scratch.NAME));
        try (Scratch poi = Scratch.in(scratch); PdfResources resources = new PdfResources(scratch)) {
            List<Future<OutputFile>> futures = new ArrayList<>();
            log.progress("rendering", 0, reports.size());
            for (Report r : reports) {
                futures.add(pool.submit(() -> {
                    OutputFile f = renderOne(r, folder, resources, scratch);
                    log.progress("rendering", done.incrementAndGet(), reports.size());
                    return f;
                }));
            }
            List<OutputFile> outputs = new ArrayList<>();
            for (Future<OutputFile> f : futures) {
                outputs.add(f.get());
            }
            return outputs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
            try {
                PeriodFolder.deleteTree(scratch);
            } catch (IOException e) {
                // Only after a failure, with a renderer still writing: the run folder goes with it.
                log.debug("scratch folder " + scratch + " not removed: " + IoWords.of(e));
            }
        }
    }

    private OutputFile renderOne(Report r, Path folder, PdfResources resources, Path scratch) throws IOException {
        log.debug("rendering " + r.fileName());
        Path file = folder.resolve(r.fileName());
        long t = System.nanoTime();
        Renderer renderer = rendererFor(r.format(), resources, scratch);
        renderer.render(r, file);
        long spent = System.nanoTime() - t;
        if (renderer instanceof PdfReportRenderer pdf) {
            chartNanos.addAndGet(pdf.chartNanos());
        }
        (r.format() == OutputFormat.PDF ? pdfNanos : r.format() == OutputFormat.XLSX ? xlsxNanos : htmlNanos)
                .addAndGet(spent);
        return new OutputFile(r.fileName(), Files.size(file), Sha256.of(file), r.title(), r.audience().word(),
                r.figures().suppression(), r.language());
    }

    /** The renderer of one format; PDFs share the run's fonts and chart resources. */
    private static Renderer rendererFor(OutputFormat format, PdfResources resources, Path scratch) {
        return switch (format) {
            case PDF -> new PdfReportRenderer(resources);
            case XLSX -> new XlsxReportRenderer();
            case HTML -> new org.careerbench.render.html.HtmlReportRenderer(scratch);
        };
    }

    /** Time spent rendering PDFs, summed over threads, in milliseconds. */
    long pdfMillis() {
        return pdfNanos.get() / 1_000_000;
    }

    /** Time spent rendering workbooks, summed over threads. */
    long xlsxMillis() {
        return xlsxNanos.get() / 1_000_000;
    }

    /** Time spent rendering web pages, summed over threads. */
    long htmlMillis() {
        return htmlNanos.get() / 1_000_000;
    }

    /** Time spent drawing charts into PDFs (part of {@link #pdfMillis()}). */
    long chartMillis() {
        return chartNanos.get() / 1_000_000;
    }
}
