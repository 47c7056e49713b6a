package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValueFormatTest {
    @Test
    void formatsEachType() {
        assertEquals("$185,000", Words.english().format().format(184999.6, ValueType.MONEY, "USD"));
        assertEquals("€1,200", Words.english().format().format(1200, ValueType.MONEY, "EUR"));
        assertEquals("8.5%", Words.english().format().format(0.085, ValueType.PERCENT, ""));
        assertEquals("75.0%", Words.english().format().format(0.75, ValueType.PERCENT, ""));
        assertEquals("1,838", Words.english().format().format(1838, ValueType.INTEGER, ""));
        assertEquals("2031", Words.english().format().format(2031, ValueType.YEAR, ""));
        assertEquals("519.23", Words.english().format().format(519.23, ValueType.DECIMAL, ""));
    }

    @Test
    void suppressedIsADashAndMissingIsEmpty() {
        assertEquals("—", Words.english().format().format(Suppressed.VALUE, ValueType.MONEY, "USD"));
        assertEquals("", Words.english().format().format(null, ValueType.MONEY, "USD"));
    }

    @Test
    void aChangeIsAlwaysSignedWithARealMinusAndOnePrecision() {
        ValueFormat en = Words.english().format();
        assertEquals("+$3,221", en.format(3221.4, ValueType.MONEY_CHANGE, "USD"));
        assertEquals("\u2212$2,779", en.format(-2779.0, ValueType.MONEY_CHANGE, "USD"));
        assertEquals("$0", en.format(-0.2, ValueType.MONEY_CHANGE, "USD"), "no sign on nothing");
        assertEquals("+15", en.format(15, ValueType.MONEY_CHANGE, ""), "a count, without currency");
        assertEquals("+9.0%", en.format(0.09, ValueType.PERCENT_CHANGE, ""), "one decimal, always");
        assertEquals("\u22121.4%", en.format(-0.0141, ValueType.PERCENT_CHANGE, ""));
        assertEquals("0.0%", en.format(0.00001, ValueType.PERCENT_CHANGE, ""));
    }

    @Test
    void germanChangesKeepGermanMarks() {
        ValueFormat de = Words.of("de").format();
        assertEquals("+1,7\u00a0%", de.signedPercent(0.017));
        assertEquals("\u22122.779\u00a0$", de.signedMoney(-2779, "USD"));
    }

    @Test
    void aWorkbookShowsChangesSignedByItsOwnNumberFormat() {
        ValueFormat en = Words.english().format();
        assertEquals("\"+\"\"$\"#,##0;\"\u2212\"\"$\"#,##0;\"$\"#,##0", en.excelFormat(ValueType.MONEY_CHANGE, "USD"));
        assertEquals("\"+\"0.0%;\"\u2212\"0.0%;0.0%", en.excelFormat(ValueType.PERCENT_CHANGE, ""));
    }

    @Test
    void aShortMonthIsTheReadersNotAnIsoPeriod() {
        assertEquals("Oct 2026", Words.english().format().shortMonth(java.time.YearMonth.of(2026, 10)));
        assertEquals("Okt. 2026", Words.of("de").format().shortMonth(java.time.YearMonth.of(2026, 10)));
    }

    /** Defect: a negative gap was written "-0.2%", with a hyphen, where every change has a real minus. */
    @Test
    void aNegativeShareWasWrittenWithAHyphen() {
        assertEquals("\u22120.2%", Words.english().format().percent(-0.002, 1));
        assertEquals("\u221212.5%", Words.english().format().percent(-0.125));
        assertEquals("0.0%", Words.english().format().percent(-0.0001, 1), "no sign on what rounds to zero");
        assertEquals("\u221212,5\u00a0%", Words.of("de").format().percent(-0.125, 1));
    }
}
