package org.careerbench.render.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.careerbench.report.Theme;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;

/**
 * {@code index.html} of a published period: every deliverable with its title, format, size and a
 * link, one valid, self-contained page in the same style as the reports.
 */
public final class PeriodIndexPage {
    /** The page's file name in a period folder. */
    public static final String NAME = "index.html";

    private PeriodIndexPage() {
    }

    /**
     * One deliverable.
     *
     * @param file     its file name in the period folder
     * @param title    what it is; empty for a data file
     * @param bytes    its size
     * @param audience who reads it ({@code analyst}, {@code hr}, {@code employee}, {@code public}); empty for
     *                 a data file or when not known
     * @param language the language it is written in (BCP 47), empty when not known
     */
    public record Entry(String file, String title, long bytes, String audience, String language) {
        /** A deliverable whose audience and language are not known (a data file). */
        public Entry(String file, String title, long bytes) {
            this(file, title, bytes, "", "");
        }
    }

    /**
     * What the page leads with, before the list of files.
     *
     * @param headline the period's headline figures as the reports show them: label, value, basis
     * @param previous the period published before this one in the same output folder, if any
     * @param skipped  reports not published this period, each with why (a burst group too thin)
     * @param finding  the first report's headline finding in the page's language, empty for none
     */
    public record Front(List<List<String>> headline, java.util.Optional<YearMonth> previous, List<String> skipped,
            String finding) {
        /** A page without headline figures, previous period or skipped reports. */
        public static final Front NONE = new Front(List.of(), java.util.Optional.empty(), List.of());

        public Front {
            headline = headline.stream().map(List::copyOf).toList();
            skipped = List.copyOf(skipped);
        }

        /** A front without a headline finding. */
        public Front(List<List<String>> headline, java.util.Optional<YearMonth> previous, List<String> skipped) {
            this(headline, previous, skipped, "");
        }
    }

    /**
     * Writes the index of {@code period} listing {@code entries} into {@code folder}, styled as
     * reports of {@code theme} and in the language of {@code words}; returns the file.
     */
    public static Path write(Path folder, YearMonth period, List<Entry> entries, Theme theme, Words words)
            throws IOException {
        return write(folder, period, entries, PageStyle.css(theme), words);
    }

    /** As {@link #write(Path, YearMonth, List, Theme, Words)}, leading with {@code front}. */
    public static Path write(Path folder, YearMonth period, List<Entry> entries, Front front, Theme theme, Words words)
            throws IOException {
        Path file = folder.resolve(NAME);
        Files.writeString(file, html(period, entries, front, PageStyle.css(theme), words), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * As {@link #write(Path, YearMonth, List, Theme, Words)} with the style sheet given: a gathered
     * period keeps the one its shards' index pages carried.
     */
    public static Path write(Path folder, YearMonth period, List<Entry> entries, String css, Words words)
            throws IOException {
        Path file = folder.resolve(NAME);
        Files.writeString(file, html(period, entries, Front.NONE, css, words), StandardCharsets.UTF_8);
        return file;
    }

    /** The style sheet of an index page written by this class, empty if {@code page} holds none. */
    public static String css(String page) {
        int a = page.indexOf("<style>\n");
        int b = page.indexOf("</style>");
        return a < 0 || b < a ? "" : page.substring(a + "<style>\n".length(), b);
    }

    /** The language tag of an index page written by this class, {@code en} if it names none. */
    public static String language(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<html lang=\"([A-Za-z0-9-]+)\"").matcher(page);
        return m.find() ? m.group(1) : "en";
    }

    static String html(YearMonth period, List<Entry> entries, String css, Words words) {
        return html(period, entries, Front.NONE, css, words);
    }

    /**
     * The page: its headline figures, then the files for each audience (analysts, HR, employees,
     * everyone, then data files), each with its format, language and size, then what was not
     * published and why, and a link to the previous period.
     */
    static String html(YearMonth period, List<Entry> entries, Front front, String css, Words words) {
        String month = words.format().month(period);
        String title = words.get("index.title", month);
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.attr(words.locale().toLanguageTag()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.text(title)).append("</title>\n<style>\n").append(css.replace("</", ""))
                .append("</style>\n</head>\n<body>\n<header class=\"cover\">\n<h1>").append(Html.text(title))
                .append("</h1>\n");
        if (!front.finding().isEmpty()) {
            out.append("<aside class=\"headline\"><p class=\"label\">").append(Html.text(words.get("cover.headline")))
                    .append("</p><p>").append(Html.text(front.finding())).append("</p></aside>\n");
        }
        out.append("</header>\n<main>\n");
        if (!front.headline().isEmpty()) {
            out.append("<h2>").append(Html.text(words.get("index.headline"))).append("</h2>\n<div class=\"figures\">\n");
            for (List<String> f : front.headline()) {
                out.append("<div class=\"figure\"><p class=\"value\">").append(Html.text(f.get(1)))
                        .append("</p><p class=\"label\">").append(Html.text(f.get(0))).append("</p><p class=\"basis\">")
                        .append(Html.text(f.get(2))).append("</p></div>\n");
            }
            out.append("</div>\n");
        }
        int table = 0;
        for (String audience : List.of("analyst", "hr", "employee", "public", "")) {
            List<Entry> group = entries.stream().filter(e -> e.audience().equals(audience)).toList();
            if (group.isEmpty()) {
                continue;
            }
            String id = "files-" + table++;
            String caption = audience.isEmpty() ? words.get(table == 1 ? "index.caption" : "index.data.caption", month)
                    : words.get("index.audience." + audience);
            out.append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").append(id)
                    .append("\">\n<table>\n<caption id=\"").append(id).append("\">").append(Html.text(caption))
                    .append("</caption>\n<thead><tr><th scope=\"col\">")
                    .append(Html.text(words.get("index.document"))).append("</th><th scope=\"col\">")
                    .append(Html.text(words.get("index.format"))).append("</th><th scope=\"col\">")
                    .append(Html.text(words.get("index.language"))).append("</th><th scope=\"col\" class=\"num\">")
                    .append(Html.text(words.get("index.size"))).append("</th></tr></thead>\n<tbody>\n");
            for (Entry e : group) {
                String extension = e.file().substring(e.file().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                String name = e.title().isEmpty() ? words.get("index.data") : e.title();
                String language = e.language().isEmpty() ? "" : Locale.forLanguageTag(e.language())
                        .getDisplayLanguage(words.locale());
                out.append("<tr><th scope=\"row\"><a href=\"").append(Html.attr(href(e.file()))).append("\">")
                        .append(Html.text(name)).append("</a><br><span class=\"note\">").append(Html.text(e.file()))
                        .append("</span></th><td>").append(Html.text(words.get("index.format." + extension)))
                        .append("</td><td>").append(Html.text(language)).append("</td><td class=\"num\">")
                        .append(Html.text(size(e.bytes(), words))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</div>\n");
        }
        if (!front.skipped().isEmpty()) {
            out.append("<h2>").append(Html.text(words.get("index.skipped"))).append("</h2>\n<ul>\n");
            front.skipped().forEach(k -> out.append("<li>").append(Html.text(k)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("<p class=\"note\">").append(Html.text(words.get("index.note"))).append("</p>\n");
        front.previous().ifPresent(p -> out.append("<p><a href=\"").append(Html.attr("../" + p + "/" + NAME))
                .append("\">").append(Html.text(words.get("index.previous", words.format().month(p))))
                .append("</a></p>\n"));
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** A file name as a relative link: each character outside the safe set percent-encoded. */
    private static String href(String file) {
        StringBuilder out = new StringBuilder();
        for (byte b : file.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
            }
        }
        return "./" + out;
    }

    private static String size(long bytes, Words words) {
        return bytes < 1024 ? words.get("index.bytes", words.format().format(bytes, ValueType.INTEGER, ""))
                : words.get("index.kilobytes", words.format().format(Math.round(bytes / 1024.0), ValueType.INTEGER,
                        ""));
    }
}
