package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The suppression rule a report's manifest entry names, read from its method. */
class FiguresTest {
    private static String suppression(String method) {
        return new Figures(List.of(), Optional.empty(), method).suppression();
    }

    @Test
    void theSuppressionRuleIsReadFromTheMethod() {
        assertEquals("n>=5 central, n>=10 tails, complementary for means", suppression(
                "aging compound at 3% a year; suppression n>=5 central, n>=10 tails, complementary for means; pay base"));
        assertEquals("n>=5 women and 5 men", suppression("pay gap eu, full time 40 h a week, n>=5 women and 5 men"));
        assertEquals("n>=5 central, n>=10 tails; n>=10 women and 10 men", suppression(
                "aging none; suppression n>=5 central, n>=10 tails; pay base; pay gap uk, full time 37.5 h a week, "
                        + "n>=10 women and 10 men"), "a report of both names both rules");
        assertEquals("", suppression("aging none; pay base"));
        assertEquals("", Figures.NONE.suppression());
    }
}
