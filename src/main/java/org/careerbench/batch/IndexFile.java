package org.careerbench.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.careerbench.data.Sha256;
import org.careerbench.render.html.PeriodIndexPage;
import org.careerbench.report.Report;
import org.careerbench.report.Words;
import org.careerbench.template.TemplateSpec;

/**
 * {@code index.html} of a published period, written into its staging folder with the other files
 * and listed in its manifest: every file with its title, format, size and a link.
 */
final class IndexFile {
    private IndexFile() {
    }

    /**
     * The index of a run, in the style and language of its first report (of its first template
     * when no report was made).
     */
    static OutputFile write(YearMonth period, List<OutputFile> outputs, List<Report> reports,
            List<TemplateSpec> specs, Path staging) throws IOException {
        return write(period, outputs, reports, specs, staging, java.util.Optional.empty(), List.of());
    }

    /**
     * The index of a run as the period's front page: its headline figures (the first four key
     * figures of its first report that has any), each deliverable by audience with its language,
     * the reports not published and why, and a link to {@code previous}, the period published before.
     */
    static OutputFile write(YearMonth period, List<OutputFile> outputs, List<Report> reports,
            List<TemplateSpec> specs, Path staging, java.util.Optional<YearMonth> previous, List<String> skipped)
            throws IOException {
        Words words = !reports.isEmpty() ? reports.get(0).words()
                : Words.of(specs.get(0).language(), specs.get(0).messages());
        List<PeriodIndexPage.Entry> entries = entries(outputs);
        String finding = reports.stream().filter(r -> r.words().locale().equals(words.locale()))
                .map(Report::headline).filter(h -> !h.isEmpty()).findFirst().orElse("");
        PeriodIndexPage.Front front = new PeriodIndexPage.Front(headline(reports), previous, skipped, finding);
        Path file = PeriodIndexPage.write(staging, period, entries, front,
                !reports.isEmpty() ? reports.get(0).theme() : specs.get(0).theme(), words);
        return described(file, words, period);
    }

    /** The first four key figures of the first report that has any: label, value as shown, basis. */
    private static List<List<String>> headline(List<Report> reports) {
        for (Report r : reports) {
            for (org.careerbench.report.Section s : r.sections()) {
                for (org.careerbench.report.Block b : s.blocks()) {
                    if (b instanceof org.careerbench.report.Block.KeyFigures k && !k.figures().isEmpty()) {
                        return k.figures().stream().limit(4).map(f -> List.of(f.label(), f.formatted(r.words()
                                .format()), f.basis())).toList();
                    }
                }
            }
        }
        return List.of();
    }

    /** The index of gathered shards, in the style and language of a shard's own index page. */
    static OutputFile write(YearMonth period, List<OutputFile> outputs, String shardIndex, Path staging)
            throws IOException {
        Words words = Words.of(PeriodIndexPage.language(shardIndex));
        Path file = PeriodIndexPage.write(staging, period, entries(outputs), PeriodIndexPage.css(shardIndex), words);
        return described(file, words, period);
    }

    private static List<PeriodIndexPage.Entry> entries(List<OutputFile> outputs) {
        return outputs.stream().map(o -> new PeriodIndexPage.Entry(o.name(), o.title(), o.bytes(), o.audience(),
                o.language())).toList();
    }

    private static OutputFile described(Path file, Words words, YearMonth period) throws IOException {
        return new OutputFile(file.getFileName().toString(), Files.size(file), Sha256.of(file),
                words.get("index.title", words.format().month(period)));
    }
}
