package org.careerbench.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SuppressionRuleTest {
    private final SuppressionRule rule = SuppressionRule.DEFAULT;

    @Test
    void centralStatisticsNeedFive() {
        assertFalse(rule.publishes(Statistic.P50, 4));
        assertTrue(rule.publishes(Statistic.P50, 5));
        assertFalse(rule.publishes(Statistic.MEAN, 4));
        assertTrue(rule.publishes(Statistic.P25, 5));
    }

    @Test
    void tailsNeedTen() {
        assertFalse(rule.publishes(Statistic.P10, 9));
        assertTrue(rule.publishes(Statistic.P10, 10));
        assertFalse(rule.publishes(Statistic.P90, 9));
        assertTrue(rule.publishes(Statistic.P90, 10));
    }

    @Test
    void countIsAlwaysPublished() {
        assertTrue(rule.publishes(Statistic.N, 0));
    }

    @Test
    void rejectsTailsBelowCentral() {
        assertThrows(IllegalArgumentException.class, () -> new SuppressionRule(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new SuppressionRule(0, 4));
    }

    @Test
    void organisationRulesCountDistinctOrganisationsAndCapTheirShare() {
        assertFalse(rule.publishes(Statistic.P50, 20, 4, 0.25), "20 rows but only 4 organisations");
        assertTrue(rule.publishes(Statistic.P50, 20, 5, 0.25), "exactly 25% is allowed");
        assertFalse(rule.publishes(Statistic.P50, 20, 5, 0.26), "one organisation above 25%");
        assertFalse(rule.publishes(Statistic.P90, 20, 9, 0.2));
        assertTrue(rule.publishes(Statistic.N, 20, 1, 1.0));
    }
}
