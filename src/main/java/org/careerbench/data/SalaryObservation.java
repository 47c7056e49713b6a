package org.careerbench.data;

/**
 * One person's annual pay in one year, in the reporting currency.
 *
 * @param organisation  employer id, or "" when the data has none
 * @param baseSalary    annual base salary
 * @param bonus         annual short-term incentive, NaN when the data has no bonus column
 * @param equityAnnual  annualised equity (grant / vesting years), NaN when the data has none
 * @param line          line in the source file, kept so any figure can be traced back
 */
public record SalaryObservation(String roleFamily, String jobTitle, String level, String country, String region,
        String companySize, String employmentType, double baseSalary, String currency, int year, long line,
        String organisation, double bonus, double equityAnnual) {

    /** An observation with base salary only. */
    public SalaryObservation(String roleFamily, String jobTitle, String level, String country, String region,
            String companySize, String employmentType, double baseSalary, String currency, int year, long line) {
        this(roleFamily, jobTitle, level, country, region, companySize, employmentType, baseSalary, currency, year,
                line, "", Double.NaN, Double.NaN);
    }

    /** Total cash: base + bonus (a missing bonus counts as none). */
    public double totalCash() {
        return baseSalary + (Double.isNaN(bonus) ? 0 : bonus);
    }

    /** Total direct: total cash + annualised equity (missing equity counts as none). */
    public double totalDirect() {
        return totalCash() + (Double.isNaN(equityAnnual) ? 0 : equityAnnual);
    }
}
