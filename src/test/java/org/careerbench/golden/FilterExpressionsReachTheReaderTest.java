package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careerbench.data.Column;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.StandardSchemas;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: filter expressions ("role_family = SRE &amp; ML Infrastructure; country = US") reached
 * the reader under key figures, in captions, as a table's first row and in workbook notes. Every
 * text of every shipped deliverable — each PDF page, each workbook text cell — is searched for a
 * {@code column = value} expression and for any column identifier of the datasets.
 */
class FilterExpressionsReachTheReaderTest {

    /** "role_family = …", "level = Senior", "country in [US]": a salaries column written as a condition. */
    static final Pattern CONDITION = Pattern.compile("\\b(" + Stream.of(SalaryDimension.values())
            .map(SalaryDimension::column).collect(Collectors.joining("|")) + ")\\s*(=|in\\s*\\[)");

    /** Identifiers no reader uses: the datasets' column names that are not plain words, e.g. role_family. */
    static final Pattern IDENTIFIER = Pattern.compile("\\b(" + Stream.concat(StandardSchemas.ALL.stream(),
                    StandardSchemas.OPTIONAL.stream())
            .flatMap(s -> s.columns().stream()).map(Column::name).filter(n -> n.contains("_")).distinct()
            .collect(Collectors.joining("|")) + ")\\b");

    @Test
    void noDeliverableShowsAFilterExpressionOrAColumnIdentifier() throws Exception {
        Map<Path, List<String>> texts = ShippedDeliverables.texts();
        assertFalse(texts.isEmpty());
        List<String> found = new ArrayList<>();
        texts.forEach((file, parts) -> {
            for (String text : parts) {
                for (Pattern p : List.of(CONDITION, IDENTIFIER)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        int from = Math.max(0, m.start() - 40);
                        found.add(file.getFileName() + ": …" + text.substring(from, Math.min(text.length(), m.end() + 40))
                                .replace('\n', ' ') + "…");
                    }
                }
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    void thePatternsFindWhatTheyLookFor() {
        // The search itself must be able to fail: the expressions the issue quotes are found.
        assertEquals(true, CONDITION.matcher("n = 84; role_family = SRE & ML Infrastructure; level = Senior").find());
        assertEquals(true, CONDITION.matcher("National: country = US").find());
        assertEquals(true, IDENTIFIER.matcher("grouped by company_size").find());
        assertEquals(false, CONDITION.matcher("84 senior SRE & ML infrastructure engineers in the US").find());
    }
}
