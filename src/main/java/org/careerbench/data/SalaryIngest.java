package org.careerbench.data;

import org.careerbench.diagnostics.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies the {@link QualityPolicy} to salary rows as they stream from the reader: exact
 * duplicates, salaries marked not available, currency conversion, implausible amounts. Every
 * row dropped, changed or flagged is counted by reason.
 *
 * <p>Memory: one observation per kept row (repeated texts such as level or country are
 * shared, not copied); the reader keeps one 64-bit fingerprint per row for the duplicate check.
 */
final class SalaryIngest implements Consumer<DataRow> {
    private final QualityPolicy policy;
    private final Map<String, Double> unitsPerUsd;
    private final QualityLedger ledger;
    private final Map<String, String> texts = new HashMap<>();
    private final List<SalaryObservation> observations = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Set<String> converted = new java.util.TreeSet<>();

    /**
     * @param unitsPerUsd currency code to units one US dollar buys; may be empty
     */
    SalaryIngest(QualityPolicy policy, Map<String, Double> unitsPerUsd, QualityLedger ledger,
            java.util.Optional<java.time.LocalDate> latest) {
        this.policy = policy;
        this.unitsPerUsd = unitsPerUsd;
        this.ledger = ledger;
        // A salary is dated 1 July of its year: a year whose 1 July is after the latest effective date is late.
        this.lastYear = latest.map(d -> d.isBefore(java.time.LocalDate.of(d.getYear(), 7, 1)) ? d.getYear() - 1
                : d.getYear()).orElse(Integer.MAX_VALUE);
    }

    private final int lastYear;

    @Override
    public void accept(DataRow row) {
        String dataset = StandardSchemas.SALARIES.name();
        if (policy.dropDuplicates() && row.repeat()) {
            ledger.count(dataset, QualityReason.EXACT_DUPLICATE);
            return;
        }
        double salary = row.numberOrNaN("base_salary");
        if (Double.isNaN(salary)) {
            ledger.count(dataset, QualityReason.SALARY_NOT_AVAILABLE);
            return;
        }
        if (row.integer("year") > lastYear) {
            if (policy.dropLate()) {
                ledger.count(dataset, QualityReason.DATED_AFTER_PERIOD);
                return;
            }
            ledger.count(dataset, QualityReason.DATED_AFTER_PERIOD_KEPT);
        }
        String currency = row.text("currency");
        if (!currency.equals(policy.currency())) {
            Double from = unitsPerUsd.get(currency);
            Double to = policy.currency().equals("USD") ? Double.valueOf(1.0) : unitsPerUsd.get(policy.currency());
            if (from == null || to == null) {
                if (problems.size() < DatasetReader.MAX_LISTED_PER_FILE) {
                    problems.add(Problem.inData(row.file(), row.line(), 0, "currency", '"' + currency
                            + "\" with no exchange rate to " + policy.currency(), policy.currency()
                            + ", a rate for " + (from == null ? currency : policy.currency()) + " in "
                            + policy.ratesFile() + ", or a mapping that reads a " + policy.currency() + " column"));
                }
                return;
            }
            salary = salary / from * to;
            ledger.count(dataset, QualityReason.CURRENCY_CONVERTED);
            converted.add(currency);
        }
        if (salary < policy.salaryFloor() || salary > policy.salaryCeiling()) {
            boolean below = salary < policy.salaryFloor();
            if (policy.dropImplausible()) {
                ledger.count(dataset, below ? QualityReason.BELOW_FLOOR : QualityReason.ABOVE_CEILING);
                return;
            }
            ledger.count(dataset, below ? QualityReason.BELOW_FLOOR_KEPT : QualityReason.ABOVE_CEILING_KEPT);
        }
        double factor = salary / row.numberOrNaN("base_salary");
        double bonus = row.numberOrNaN("bonus") * factor;
        double grant = row.numberOrNaN("equity_grant") * factor;
        double years = row.numberOrNaN("equity_vesting_years");
        double equity = Double.isNaN(grant) ? Double.NaN : grant / (Double.isNaN(years) || years <= 0 ? 1 : years);
        observations.add(SalaryObservation.builder().roleFamily(shared(row.text("role_family")))
                .jobTitle(shared(row.text("job_title"))).level(shared(row.text("level")))
                .country(shared(row.text("country"))).region(shared(row.text("region")))
                .companySize(shared(row.text("company_size"))).employmentType(shared(row.text("employment_type")))
                .baseSalary(salary, shared(policy.currency())).year(row.integer("year")).line(row.line())
                .organisation(shared(row.text("organisation"))).bonus(bonus).equityAnnual(equity).build());
    }

    private String shared(String s) {
        return texts.computeIfAbsent(s, k -> k);
    }

    List<SalaryObservation> observations() {
        return observations;
    }

    /** Currencies that were converted, in alphabetical order. */
    java.util.Set<String> convertedCurrencies() {
        return converted;
    }

    /** Rows that could not be converted; empty when all were fine. */
    List<Problem> problems() {
        return problems;
    }
}
