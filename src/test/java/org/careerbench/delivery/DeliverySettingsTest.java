package org.careerbench.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who receives which report: a file by name, or every report of a burst by a pattern. */
class DeliverySettingsTest {
    private static DeliverySettings.ReportDelivery to(String file) {
        return new DeliverySettings.ReportDelivery(file, List.of("hr@example.org"), true, Optional.empty(),
                Optional.empty(), Optional.empty(), 5);
    }

    @Test
    void aNameCoversExactlyThatFile() {
        assertTrue(to("career-report.pdf").covers("career-report.pdf"));
        assertFalse(to("career-report.pdf").covers("career-report.html"));
        assertFalse(to("career-report.pdf").covers("Career-report.pdf"));
    }

    @Test
    void aStarCoversAnyCharactersAndNothingElseIsSpecial() {
        DeliverySettings.ReportDelivery burst = to("career-report-*.pdf");
        assertTrue(burst.covers("career-report-europe.pdf"));
        assertTrue(burst.covers("career-report-.pdf"));
        assertFalse(burst.covers("career-report-europe.html"));
        assertFalse(to("report.(a).pdf").covers("reportXaY.pdf"), "dots and brackets are themselves");
        assertTrue(to("*.pdf").covers("anything.pdf"));
        assertTrue(to("*").covers("figures.csv"));
    }

    @Test
    void theFirstDeliveryThatCoversAFileIsItsDelivery() {
        DeliverySettings settings = new DeliverySettings(new DeliverySettings.Smtp("mail", 587,
                DeliverySettings.Tls.STARTTLS, Optional.empty(), Optional.empty()), "cb@example.org", Optional.empty(),
                List.of(to("career-report-europe.pdf"), to("career-report-*.pdf")), DeliverySettings.DEFAULT_SUBJECT,
                DeliverySettings.DEFAULT_BODY);
        assertEquals("career-report-europe.pdf", settings.report("career-report-europe.pdf").orElseThrow().file());
        assertEquals("career-report-*.pdf", settings.report("career-report-asia.pdf").orElseThrow().file());
        assertEquals(Optional.empty(), settings.report("salary-benchmark.xlsx"));
    }

    @Test
    void eachTlsModeHasItsUsualPortAndAServerItsDeadline() {
        assertEquals(465, DeliverySettings.Tls.TLS.defaultPort());
        assertEquals(587, DeliverySettings.Tls.STARTTLS.defaultPort());
        assertEquals(25, DeliverySettings.Tls.NONE.defaultPort());
        assertEquals(DeliverySettings.Smtp.DEFAULT_DEADLINE, new DeliverySettings.Smtp("m", 25,
                DeliverySettings.Tls.NONE, Optional.empty(), Optional.empty()).deadline());
        assertTrue(DeliverySettings.PLACEHOLDERS.contains("key figures"));
    }
}
