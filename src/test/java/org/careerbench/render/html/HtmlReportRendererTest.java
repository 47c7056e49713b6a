package org.careerbench.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careerbench.SampleInput;
import org.careerbench.ThemedTemplates;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.RunResult;
import org.careerbench.batch.Shard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web pages of the shipped templates, and of data carrying markup: valid HTML by the Nu
 * checker, every value shown as text, nothing that runs or loads from anywhere.
 */
class HtmlReportRendererTest {
    private static final String PAYLOAD = "Europe<script>alert(1)</script>\"'&";

    @TempDir
    static Path dir;
    static RunResult sample;
    static RunResult hostile;

    @BeforeAll
    static void run() throws Exception {
        sample = new RunJob(line -> { }).run(new RunOptions(Path.of("input"), Path.of("templates"), dir.resolve("out"),
                YearMonth.of(2026, 11), "test", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"),
                Shard.ALL, 2));
        Path input = SampleInput.copyTo(dir.resolve("hostile-in"));
        Path salaries = input.resolve("salaries.csv");
        Files.writeString(salaries, Files.readString(salaries).replace(",Europe,", ",\"" + PAYLOAD.replace("\"", "\"\"")
                + "\","));
        Path templates = ThemedTemplates.in(dir.resolve("hostile-t"));
        Files.writeString(templates.resolve("page.md"), """
                ---
                title: "Pay <img src=x onerror=alert(1)>"
                format: html
                output: page
                ---

                # Pay by region

                Read [the source](javascript:alert(1)) or [the survey](https://example.org/survey?a=1&b=2).

                ```table
                source: benchmark
                rows: [region]
                statistics: [n, p50]
                caption: Regions <b>bold</b>
                ```

                ```chart
                source: benchmark
                rows: region
                statistics: [p50]
                title: Median <tspan>by</tspan> region
                ```
                """);
        hostile = new RunJob(line -> { }).run(new RunOptions(input, templates, dir.resolve("hostile-out"),
                YearMonth.of(2026, 11), "test", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"),
                Shard.ALL, 2));
    }

    private static List<Path> pages(RunResult run) throws Exception {
        try (Stream<Path> files = Files.list(run.folder())) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<Path> pages = new ArrayList<>(pages(sample));
        pages.addAll(pages(hostile));
        assertTrue(pages.size() >= 5, pages.toString());
        for (Path page : pages) {
            assertEquals(List.of(), HtmlChecker.errors(page), page.toString());
        }
    }

    @Test
    void markupInTheDataOrATemplateShowsAsText() throws Exception {
        String html = Files.readString(hostile.folder().resolve("page.html"));
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<img src=x"), "no element from a title");
        assertFalse(html.contains("<b>bold"), "no element from a caption");
        assertFalse(html.contains("<tspan>by"), "no element from a chart title");
        assertTrue(html.contains("Europe&lt;script&gt;alert(1)&lt;/script&gt;"), "the region as text");
        assertTrue(html.contains("<title>Pay &lt;img src=x onerror=alert(1)&gt;"), "the title as text");
        assertFalse(html.contains("href=\"javascript:"), "a javascript: link is text, not a link");
        assertTrue(html.contains("href=\"https://example.org/survey?a=1&amp;b=2\""), "a web link, escaped");
    }

    @Test
    void nothingRunsAndNothingIsFetched() throws Exception {
        for (Path page : pages(sample)) {
            String html = Files.readString(page);
            for (String banned : List.of("<script", "<link", "<iframe", "<object", "<embed", "@import", "url(",
                    " on" + "load=", " onerror=", "javascript:")) {
                String lower = html.toLowerCase(java.util.Locale.ROOT).replace("url(#", "");
                assertFalse(lower.contains(banned), banned + " in " + page);
            }
            Matcher src = Pattern.compile("\\s(?:src|href|xlink:href)=[\"']([^\"']*)").matcher(html);
            while (src.find()) {
                String target = src.group(1);
                boolean local = target.startsWith("#") || target.startsWith("data:");
                boolean link = src.group().contains("href") && (target.startsWith("https://")
                        || target.startsWith("http://") || target.startsWith("mailto:") || !target.contains(":"));
                assertTrue(local || link && !src.group().contains("src="), target + " in " + page);
            }
        }
    }

    @Test
    void tablesHaveCaptionsHeadersAndRightAlignedNumbers() throws Exception {
        String html = Files.readString(sample.folder().resolve("career-report.html"));
        int tables = count(html, "<table");
        assertTrue(tables >= 5, tables + " tables");
        assertEquals(tables, count(html, "<caption"), "every table has a caption");
        assertTrue(count(html, "<th scope=\"col\"") > tables * 2);
        assertTrue(html.contains("<th scope=\"col\" class=\"num\">P50</th>"), "a number column's header");
        assertTrue(html.matches("(?s).*<td class=\"num\">\\$[0-9,]+</td>.*"), "money right-aligned");
        assertTrue(html.contains("<td class=\"num\">—</td>"), "a withheld cell");
        assertTrue(html.contains("too few observations"), "with its footnote");
        int charts = count(html, "<svg");
        assertTrue(charts >= 4, charts + " charts");
        assertEquals(charts, count(html, "role=\"img\" aria-labelledby="), "every chart is labelled");
        assertEquals(charts, count(html, "<desc id="), "every chart has a description");
    }

    @Test
    void aBurstGivesOnePagePerValueEachListedInTheIndex() throws Exception {
        Path templates = ThemedTemplates.in(dir.resolve("burst-t"));
        Files.writeString(templates.resolve("guide.md"), """
                ---
                title: Pay guide
                format: [pdf, html]
                output: guide
                burst-by: region
                burst-minimum: 20
                ---

                # Pay

                ```table
                source: benchmark
                rows: [level]
                statistics: [n, p50]
                ```
                """);
        RunResult run = new RunJob(line -> { }).run(new RunOptions(Path.of("input"), templates, dir.resolve("burst-out"),
                YearMonth.of(2026, 11), "test", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"),
                Shard.ALL, 2));
        List<Path> pages = pages(run).stream().filter(p -> p.getFileName().toString().startsWith("guide-")).toList();
        try (Stream<Path> files = Files.list(run.folder())) {
            assertEquals(files.filter(f -> f.toString().endsWith(".pdf")).count(), pages.size(), "a page per PDF");
        }
        assertTrue(pages.size() >= 2, pages.toString());
        String index = Files.readString(run.folder().resolve("index.html"));
        for (Path page : pages) {
            assertTrue(index.contains("href=\"./" + page.getFileName() + "\""), page + " in the index");
            assertEquals(List.of(), HtmlChecker.errors(page), page.toString());
        }
        assertTrue(Files.readString(pages.get(0)).contains("<h1>Pay guide — "), "the page of one value");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
