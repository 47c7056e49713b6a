package org.careerbench.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbench.PdfFacts;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.Shard;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.TableBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The career report's web page tried as a reader would: opened in headless Chromium at 1280 and
 * at 390 pixels wide, every section title, table and chart of the report is on the page, and at
 * phone width nothing but a table inside its own scroll box is wider than the screen. Both
 * screenshots are kept under {@code target/screenshots/} for a person to look at. The page's
 * figures are the PDF's.
 */
class CareerReportInABrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;
    static Path folder;
    static Report model;

    @BeforeAll
    static void publish() throws Exception {
        RunJob job = new RunJob(line -> { });
        RunJob.Prepared prepared = job.prepare(new RunOptions(Path.of("input"), Path.of("templates"),
                dir.resolve("out"), YearMonth.of(2026, 11), "test", StandardCharsets.UTF_8,
                Instant.parse("2026-11-01T06:00:00Z"), Shard.ALL, 2));
        model = prepared.reports().stream().filter(r -> r.fileName().equals("career-report.html")).findFirst()
                .orElseThrow();
        folder = job.write(prepared).folder();
    }

    private static final String LAYOUT = """
            (() => {
              const vw = document.documentElement.clientWidth;
              const wide = [];
              for (const el of document.querySelectorAll('body *')) {
                if (el.parentElement && el.parentElement.closest('.table-scroll, svg')) continue;
                const r = el.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) continue;
                if (r.right > vw + 0.5 || r.left < -0.5) {
                  wide.push(el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
                }
              }
              const scrolls = [...document.querySelectorAll('.table-scroll')]
                .filter(b => b.scrollWidth > b.clientWidth + 1).length;
              return {
                viewport: vw,
                pageWidth: document.documentElement.scrollWidth,
                headings: [...document.querySelectorAll('main h2, main h3')].map(h => h.textContent),
                tables: document.querySelectorAll('main table').length,
                charts: [...document.querySelectorAll('main figure.chart svg')]
                    .filter(svg => getComputedStyle(svg).display !== 'none').length,
                wide: wide.slice(0, 20),
                scrolling: scrolls
              };
            })()
            """;

    @Test
    void readsAt1280AndAt390PixelsWithNothingWiderThanTheScreen() throws Exception {
        Optional<HeadlessChromium> started = HeadlessChromium.start();
        org.careerbench.ExternalTool.require(started.isPresent(), "no headless Chromium could be started here ("
                + HeadlessChromium.binary().map(Path::toString).orElse("none installed: apt-get install chromium")
                + "); .ci/run installs Debian's chromium");
        List<String> headings = new ArrayList<>();
        int tables = 0;
        int charts = 0;
        int top = 0;
        int sub = 0;
        for (Section s : model.sections()) {
            if (s.level() <= 1) {
                top++;
                sub = 0;
                headings.add(top + ". " + s.title());
            } else {
                headings.add(top + "." + (++sub) + ". " + s.title());
            }
            for (Block b : s.blocks()) {
                tables += b instanceof TableBlock || b instanceof Block.Inputs ? 1 : 0;
                charts += b instanceof ChartBlock ? 1 : 0;
            }
        }
        try (HeadlessChromium browser = started.get()) {
            for (int width : new int[] {1280, 390}) {
                browser.open(folder.resolve("career-report.html"), width);
                JsonNode layout = browser.evaluate(LAYOUT);
                browser.screenshot(SCREENSHOTS.resolve("career-report-" + width + ".png"));
                assertEquals(width, layout.path("viewport").asInt(), layout.toString());
                List<String> shown = new ArrayList<>();
                layout.path("headings").forEach(h -> shown.add(h.asText()));
                assertEquals(headings, shown, "every section title, in order, at " + width);
                assertEquals(tables, layout.path("tables").asInt(), "every table at " + width);
                assertEquals(charts, layout.path("charts").asInt(), "every chart at " + width);
                assertEquals("[]", layout.path("wide").toString(), "wider than the screen at " + width);
                assertEquals(width, layout.path("pageWidth").asInt(), "the page scrolls sideways at " + width);
                if (width == 390) {
                    assertTrue(layout.path("scrolling").asInt() >= 1, "some table scrolls in its box on a phone");
                }
            }
        }
        assertTrue(Files.size(SCREENSHOTS.resolve("career-report-390.png")) > 10_000);
    }

    @Test
    void thePagesFiguresAreThePdfs() throws Exception {
        String pdf = PdfFacts.read(folder.resolve("career-report.pdf")).text();
        String page = text(Files.readString(folder.resolve("career-report.html")));
        List<String> inPdf = figures(pdf);
        List<String> inPage = figures(page);
        assertTrue(inPdf.size() > 100, inPdf.size() + " figures in the PDF");
        assertEquals(inPdf, inPage, "money, percentages and chart labels, each as often on the page as in the PDF");
    }

    /** Every amount ($195,371), percentage (8.5%) and bare thousands figure (195,371), sorted. */
    private static List<String> figures(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("-?\\$[0-9][0-9,]*(?:\\.[0-9]+)?|-?[0-9][0-9.]*%|\\b[0-9]{1,3}(?:,[0-9]{3})+\\b")
                .matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    /** A page's text as a reader sees it: no style sheet, no tags, entities read. */
    private static String text(String html) {
        String body = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<head>.*?</head>", " ")
                .replaceAll("(?s)<title id=.*?</title>|<desc id=.*?</desc>", " ")
                // The phone drawing repeats the chart the wide one shows; a reader sees one of them.
                .replaceAll("(?s)<svg[^>]*class=\"narrow\".*?</svg>", " ");
        return body.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
