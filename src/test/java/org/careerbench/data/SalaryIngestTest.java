package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quality policy applied to salary rows as they stream: each row dropped, changed or flagged, counted. */
class SalaryIngestTest {
    private static final DatasetSchema SCHEMA = StandardSchemas.SALARIES;
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    private static DataRow row(long line, double base, String currency, int year, boolean repeat) {
        Object[] values = new Object[SCHEMA.columns().size()];
        values[SCHEMA.indexOf("role_family")] = "SRE";
        values[SCHEMA.indexOf("job_title")] = "SRE";
        values[SCHEMA.indexOf("level")] = new String("Senior"); // a fresh copy per row, as a parser makes
        values[SCHEMA.indexOf("country")] = "US";
        values[SCHEMA.indexOf("region")] = "North America";
        values[SCHEMA.indexOf("company_size")] = "M";
        values[SCHEMA.indexOf("employment_type")] = "FT";
        values[SCHEMA.indexOf("base_salary")] = Double.isNaN(base) ? null : base;
        values[SCHEMA.indexOf("currency")] = currency;
        values[SCHEMA.indexOf("year")] = (long) year;
        return new DataRow("salaries.csv", line, SCHEMA, values, new Marker[values.length], line, repeat);
    }

    private static SalaryIngest ingest(QualityPolicy policy, QualityLedger ledger) {
        return new SalaryIngest(policy, Map.of("EUR", 0.9), ledger, Optional.of(NOV_1));
    }

    @Test
    void aPlausibleUsdRowIsKeptAsItIs() {
        QualityLedger ledger = new QualityLedger();
        SalaryIngest in = ingest(QualityPolicy.DEFAULT, ledger);
        in.accept(row(2, 150_000, "USD", 2024, false));
        SalaryObservation o = in.observations().get(0);
        assertEquals(150_000, o.baseSalary());
        assertEquals(2, o.line());
        assertEquals(List.of(), ledger.report().entries());
    }

    @Test
    void duplicatesMissingSalariesAndImplausibleOnesAreDroppedAndCounted() {
        QualityLedger ledger = new QualityLedger();
        SalaryIngest in = ingest(QualityPolicy.DEFAULT, ledger);
        in.accept(row(2, 150_000, "USD", 2024, true));
        in.accept(row(3, Double.NaN, "USD", 2024, false));
        in.accept(row(4, 9_000, "USD", 2024, false));
        in.accept(row(5, 3_000_000, "USD", 2024, false));
        assertEquals(List.of(), in.observations());
        QualityReport r = ledger.report();
        assertEquals(1, r.count("salaries", QualityReason.EXACT_DUPLICATE));
        assertEquals(1, r.count("salaries", QualityReason.SALARY_NOT_AVAILABLE));
        assertEquals(1, r.count("salaries", QualityReason.BELOW_FLOOR));
        assertEquals(1, r.count("salaries", QualityReason.ABOVE_CEILING));
    }

    @Test
    void aPolicyThatKeepsImplausibleAmountsFlagsThem() {
        QualityLedger ledger = new QualityLedger();
        QualityPolicy keep = new QualityPolicy(false, 10_000, 2_000_000, false, "USD", "rates.csv", true);
        SalaryIngest in = ingest(keep, ledger);
        in.accept(row(2, 150_000, "USD", 2024, true));
        in.accept(row(3, 9_000, "USD", 2024, false));
        assertEquals(2, in.observations().size(), "the repeat and the low salary both kept");
        assertEquals(1, ledger.report().count("salaries", QualityReason.BELOW_FLOOR_KEPT));
    }

    @Test
    void anotherCurrencyIsConvertedAtItsRateAndNamed() {
        QualityLedger ledger = new QualityLedger();
        SalaryIngest in = ingest(QualityPolicy.DEFAULT, ledger);
        in.accept(row(2, 90_000, "EUR", 2024, false));
        assertEquals(100_000, in.observations().get(0).baseSalary(), 1e-9);
        assertEquals("USD", in.observations().get(0).currency());
        assertEquals(Set.of("EUR"), in.convertedCurrencies());
        assertEquals(1, ledger.report().count("salaries", QualityReason.CURRENCY_CONVERTED));
    }

    @Test
    void aCurrencyWithoutARateIsAProblemAtItsLine() {
        SalaryIngest in = ingest(QualityPolicy.DEFAULT, new QualityLedger());
        in.accept(row(7, 1_000_000, "JPY", 2024, false));
        assertEquals(List.of(), in.observations());
        org.careerbench.diagnostics.Problem p = in.problems().get(0);
        assertEquals(7, p.line());
        assertTrue(p.message().startsWith("column 'currency': "), p.message());
        assertTrue(p.toString().contains("\"JPY\" with no exchange rate to USD"), p.toString());
    }

    @Test
    void aSalaryDatedAfterThePeriodIsDroppedOrFlagged() {
        QualityLedger ledger = new QualityLedger();
        SalaryIngest in = ingest(QualityPolicy.DEFAULT, ledger);
        in.accept(row(2, 150_000, "USD", 2027, false));
        assertEquals(List.of(), in.observations(), "1 July 2027 is after 1 November 2026");
        assertEquals(1, ledger.report().count("salaries", QualityReason.DATED_AFTER_PERIOD));
        QualityPolicy keepLate = new QualityPolicy(true, 10_000, 2_000_000, true, "USD", "rates.csv", false);
        SalaryIngest kept = ingest(keepLate, new QualityLedger());
        kept.accept(row(2, 150_000, "USD", 2027, false));
        assertEquals(1, kept.observations().size());
    }

    @Test
    void repeatedTextsAreSharedNotCopied() {
        SalaryIngest in = ingest(QualityPolicy.DEFAULT, new QualityLedger());
        in.accept(row(2, 150_000, "USD", 2024, false));
        in.accept(row(3, 160_000, "USD", 2024, false));
        assertSame(in.observations().get(0).level(), in.observations().get(1).level());
    }
}
