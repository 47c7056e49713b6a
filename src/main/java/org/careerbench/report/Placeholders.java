package org.careerbench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbench.template.Suggestions;
import org.careerbench.template.TemplateException;
import org.careerbench.template.TextRun;

/** Replaces {@code {{ name }}} in prose with formatted figures. */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

    private final Map<String, String> values;
    private final Path file;

    /**
     * @param values placeholder name to its formatted text
     * @param file   template file, for errors
     */
    Placeholders(Map<String, String> values, Path file) {
        this.values = Map.copyOf(values);
        this.file = file;
    }

    /** The runs with every placeholder filled; an unknown name is an error at {@code line}. */
    List<TextRun> fill(List<TextRun> runs, int line) throws TemplateException {
        List<TextRun> out = new ArrayList<>(runs.size());
        for (TextRun run : runs) {
            Matcher m = PLACEHOLDER.matcher(run.text());
            StringBuilder s = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new TemplateException(file, line, "placeholder {{ " + m.group(1) + " }} refers to nothing"
                            + Suggestions.didYouMean(m.group(1), values.keySet()) + "; expected a figure id or one of "
                            + "title, field, period");
                }
                m.appendReplacement(s, Matcher.quoteReplacement(value));
            }
            m.appendTail(s);
            out.add(run.withText(s.toString()));
        }
        return out;
    }
}
