package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 28: the German career report kept the data's English words in its tables and charts
 * ("Europe", "Asia-Pacific", "US") although its template labels them ("Europa", "Asien-Pazifik",
 * "USA"). A PDF's rows and bars now show the template's labels; levels keep the data's word (their
 * labels are adjectives for prose), and figures.csv keeps the data's values as keys.
 */
class GermanReportKeepsEnglishDataValuesTest {
    @Test
    void rowsAndBarsShowTheTemplatesLabelsAndTheFiguresFileKeepsTheDatasValues() throws Exception {
        Map<Path, List<String>> texts = ShippedDeliverables.texts();
        Path pdf = texts.keySet().stream().filter(p -> p.getFileName().toString().equals("karrierebericht.pdf"))
                .findFirst().orElseThrow();
        String text = String.join("\n", texts.get(pdf));
        assertTrue(text.contains("Europa Senior 6"), "the region table's row: " + text);
        assertTrue(text.contains("Asien-Pazifik (n = 1)"), "the region chart's bar");
        assertTrue(text.contains("Land USA"), "the sample profile's country row");
        assertFalse(text.contains("Europe Senior"), text);
        assertFalse(text.contains("Asia-Pacific"), text);
        String figures = Files.readString(pdf.resolveSibling("figures.csv"));
        assertTrue(figures.contains("karrierebericht.pdf,Benchmark2,Europe | Senior,"), "figures keep the data's keys");
        assertFalse(figures.contains("Europa"), "no label in the figures file");
    }
}
