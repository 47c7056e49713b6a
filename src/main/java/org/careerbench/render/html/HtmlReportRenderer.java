package org.careerbench.render.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.careerbench.chart.ChartFonts;
import org.careerbench.chart.ThemedCharts;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Renderer;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.TextRun;
import org.careerbench.report.Theme;
import org.careerbench.report.ValueFormat;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;

/**
 * Renders a report as one self-contained web page: a header with title, field and period; a
 * table of contents linking to every section; the sections in order (headings h2 and h3 under
 * the page's h1), their prose, lists, key figures, notices, tables (each with a caption, column
 * and row headers, numbers right-aligned, a wide table scrolling inside its own box) and charts
 * (inline SVG with a title and a description); print styles; nothing fetched, nothing run.
 */
public final class HtmlReportRenderer implements Renderer {
    private final Path scratch;

    /** A renderer whose chart font files go to the system temp folder. */
    public HtmlReportRenderer() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** @param scratch where font files are staged for charts: a run's own scratch folder */
    public HtmlReportRenderer(Path scratch) {
        this.scratch = scratch;
    }

    @Override
    public void render(Report report, Path target) throws IOException {
        try (ChartFonts fonts = ChartFonts.of(report.theme(), scratch)) {
            Theme theme = report.theme();
            SvgCharts charts = new SvgCharts(new ThemedCharts(theme, fonts, report.words()), new ThemedCharts(
                    theme.withFontSize(theme.fontSize() + SvgCharts.NARROW_TEXT), fonts, report.words()));
            String page = new Page(report, charts).html();
            Files.writeString(target, page, StandardCharsets.UTF_8);
        }
    }

    /** One page being written. */
    private static final class Page {
        private final Report report;
        private final Words words;
        private final ValueFormat format;
        private final SvgCharts charts;
        private final StringBuilder out = new StringBuilder(64 * 1024);
        private int tables;
        private int figures;

        Page(Report report, SvgCharts charts) {
            this.report = report;
            this.words = report.words();
            this.format = words.format();
            this.charts = charts;
        }

        String html() {
            Theme theme = report.theme();
            String month = month(report.period());
            out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.attr(words.locale().toLanguageTag()))
                    .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(Html.text(report.title() + " — " + month)).append("</title>\n")
                    .append("<style>\n").append(PageStyle.css(theme)).append("</style>\n</head>\n<body>\n");
            header(theme, month);
            List<String> numbers = numbers();
            contents(numbers);
            out.append("<main>\n");
            for (int i = 0; i < report.sections().size(); i++) {
                section(report.sections().get(i), numbers.get(i), i);
            }
            out.append("</main>\n<footer><p>").append(Html.text(report.title())).append(" · ")
                    .append(Html.text(month));
            if (!theme.organisation().isEmpty()) {
                out.append(" · ").append(Html.text(theme.organisation()));
            }
            out.append("</p></footer>\n</body>\n</html>\n");
            return out.toString();
        }

        private void header(Theme theme, String month) {
            out.append("<header class=\"cover\">\n");
            if (theme.logo().length > 0) {
                String type = theme.logo().length > 3 && (theme.logo()[0] & 0xff) == 0xff ? "image/jpeg" : "image/png";
                out.append("<img class=\"logo\" alt=\"").append(Html.attr(theme.organisation()))
                        .append("\" src=\"data:")
                        .append(type).append(";base64,").append(Base64.getEncoder().encodeToString(theme.logo()))
                        .append("\">\n");
            }
            out.append("<h1>").append(Html.text(report.title())).append("</h1>\n");
            if (!report.subtitle().isEmpty()) {
                out.append("<p class=\"subtitle\">").append(Html.text(report.subtitle())).append("</p>\n");
            }
            if (!report.headline().isEmpty()) {
                out.append("<aside class=\"headline\"><p class=\"label\">").append(Html.text(words.get("cover.headline")))
                        .append("</p><p>").append(Html.text(report.headline())).append("</p></aside>\n");
            }
            out.append("<p class=\"meta\">");
            if (!report.field().isBlank()) {
                out.append(Html.text(words.get("cover.field", report.field()))).append("<br>");
            }
            out.append(Html.text(words.get("cover.period", month))).append("</p>\n</header>\n");
        }

        /** Section numbers as the PDF shows them: "1.", "3.1.". */
        private List<String> numbers() {
            return org.careerbench.report.SectionNumbers.of(report.sections());
        }

        private void contents(List<String> numbers) {
            out.append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">")
                    .append(Html.text(words.get("contents"))).append("</h2>\n<ol>\n");
            boolean open = false;
            for (int i = 0; i < report.sections().size(); i++) {
                Section s = report.sections().get(i);
                String link = "<a href=\"#s" + (i + 1) + "\">" + Html.text(numbers.get(i) + " " + s.title()) + "</a>";
                if (s.level() <= 1) {
                    if (open) {
                        out.append("</ol></li>\n");
                        open = false;
                    } else if (i > 0) {
                        out.append("</li>\n");
                    }
                    out.append("<li>").append(link);
                } else {
                    if (!open) {
                        out.append("<ol>\n");
                        open = true;
                    }
                    out.append("<li>").append(link).append("</li>\n");
                }
            }
            out.append(open ? "</ol></li>\n" : report.sections().isEmpty() ? "" : "</li>\n").append("</ol>\n</nav>\n");
        }

        private void section(Section s, String number, int index) {
            String tag = s.level() <= 1 ? "h2" : "h3";
            out.append("<section id=\"s").append(index + 1).append("\" aria-labelledby=\"s").append(index + 1)
                    .append("-h\">\n<").append(tag).append(" id=\"s").append(index + 1).append("-h\">")
                    .append(Html.text(number + " " + s.title())).append("</").append(tag).append(">\n");
            for (Block b : s.blocks()) {
                block(b, s);
            }
            out.append("</section>\n");
        }

        private void block(Block block, Section section) {
            if (block instanceof Block.Prose p) {
                out.append("<p>").append(runs(p.runs())).append("</p>\n");
            } else if (block instanceof Block.Bullets b) {
                String tag = b.ordered() ? "ol" : "ul";
                out.append('<').append(tag).append(">\n");
                b.items().forEach(item -> out.append("<li>").append(runs(item)).append("</li>\n"));
                out.append("</").append(tag).append(">\n");
            } else if (block instanceof Block.KeyFigures k) {
                keyFigures(k.figures());
            } else if (block instanceof Block.Note n) {
                note(n.text());
            } else if (block instanceof Block.Notice n) {
                out.append("<aside class=\"notice\"><p><strong>").append(Html.text(n.title()))
                        .append("</strong></p><p>")
                        .append(Html.text(n.text())).append("</p></aside>\n");
            } else if (block instanceof Block.Inputs in) {
                table(inputs(in), section);
            } else if (block instanceof org.careerbench.report.LookupBlock) {
                return; // a workbook's tool: the report builder makes none for a page
            } else if (block instanceof TableBlock t) {
                table(t, section);
            } else {
                chart((ChartBlock) block);
            }
        }

        private String runs(List<TextRun> runs) {
            StringBuilder s = new StringBuilder();
            for (TextRun r : runs) {
                String text = Html.text(r.text());
                if (r.italic()) {
                    text = "<em>" + text + "</em>";
                }
                if (r.bold()) {
                    text = "<strong>" + text + "</strong>";
                }
                if (!r.link().isEmpty() && Html.linkable(r.link())) {
                    text = "<a href=\"" + Html.attr(r.link().strip()) + "\">" + text + "</a>";
                }
                s.append(text);
            }
            return s.toString();
        }

        private void keyFigures(List<KeyFigure> list) {
            out.append("<div class=\"figures\">\n");
            for (KeyFigure f : list) {
                out.append("<div class=\"figure\"><p class=\"value\">").append(Html.text(f.formatted(format)))
                        .append("</p><p class=\"label\">").append(Html.text(f.label()))
                        .append("</p><p class=\"basis\">")
                        .append(Html.text(f.basis())).append("</p></div>\n");
            }
            out.append("</div>\n");
        }

        private void note(String text) {
            out.append("<p class=\"note\">").append(Html.text(text)).append("</p>\n");
        }

        private TableBlock inputs(Block.Inputs inputs) {
            List<List<Object>> rows = new ArrayList<>();
            for (Block.Input in : inputs.inputs()) {
                rows.add(List.of(in.label(), format.format(in.value(), in.type(), ""), in.note()));
            }
            return new TableBlock(words.get("inputs.table"), words.get("inputs.table"), List.of(
                    TableColumn.of(words.get("inputs.input"), ValueType.TEXT),
                    TableColumn.of(words.get("inputs.value"), ValueType.TEXT),
                    TableColumn.of(words.get("inputs.changes"), ValueType.TEXT)), rows, List.of());
        }

        private void table(TableBlock t, Section section) {
            String id = "t" + (++tables);
            String caption = t.caption().isEmpty() ? section.title() : t.caption();
            out.append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").append(id)
                    .append("-c\">\n<table id=\"").append(id).append("\">\n<caption id=\"").append(id).append("-c\"")
                    .append(t.caption().isEmpty() ? " class=\"quiet\"" : "").append('>').append(Html.text(caption))
                    .append("</caption>\n<thead><tr>");
            for (TableColumn c : t.columns()) {
                out.append("<th scope=\"col\"").append(c.type().numeric() ? " class=\"num\"" : "").append('>')
                        .append(Html.text(c.header())).append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            boolean rowHeaders = !t.columns().isEmpty() && !t.columns().get(0).type().numeric();
            for (List<Object> row : t.rows()) {
                out.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    TableColumn c = t.columns().get(i);
                    String cell = Html.text(format.format(row.get(i), c.type(), c.currency()));
                    if (i == 0 && rowHeaders) {
                        out.append("<th scope=\"row\">").append(cell).append("</th>");
                    } else {
                        out.append("<td").append(c.type().numeric() ? " class=\"num\"" : "").append('>').append(cell)
                                .append("</td>");
                    }
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n</div>\n");
            t.footnotes().forEach(this::note);
        }

        private void chart(ChartBlock c) {
            String id = "c" + (++figures);
            out.append("<figure class=\"chart\">\n").append(charts.svg(c, id)).append('\n')
                    .append(charts.narrow(c, id + "-n")).append('\n');
            if (!c.source().isEmpty()) {
                out.append("<figcaption>").append(Html.text(c.source())).append("</figcaption>\n");
            }
            out.append("</figure>\n");
        }

        private String month(String period) {
            try {
                return format.month(YearMonth.parse(period));
            } catch (DateTimeParseException e) {
                return period;
            }
        }
    }
}
