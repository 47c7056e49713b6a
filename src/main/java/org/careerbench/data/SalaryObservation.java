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

    /**
     * An observation to be named field by field; whatever is not named is empty text, year and line 0,
     * and no bonus or equity.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Names an observation's fields one by one; {@link #build} makes the immutable observation. */
    public static final class Builder {
        private String roleFamily = "";
        private String jobTitle = "";
        private String level = "";
        private String country = "";
        private String region = "";
        private String companySize = "";
        private String employmentType = "";
        private double baseSalary;
        private String currency = "";
        private int year;
        private long line;
        private String organisation = "";
        private double bonus = Double.NaN;
        private double equityAnnual = Double.NaN;

        private Builder() {
        }

        public Builder roleFamily(String roleFamily) {
            this.roleFamily = roleFamily;
            return this;
        }

        public Builder jobTitle(String jobTitle) {
            this.jobTitle = jobTitle;
            return this;
        }

        public Builder level(String level) {
            this.level = level;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder companySize(String companySize) {
            this.companySize = companySize;
            return this;
        }

        public Builder employmentType(String employmentType) {
            this.employmentType = employmentType;
            return this;
        }

        /** The annual base salary and its currency. */
        public Builder baseSalary(double baseSalary, String currency) {
            this.baseSalary = baseSalary;
            this.currency = currency;
            return this;
        }

        public Builder year(int year) {
            this.year = year;
            return this;
        }

        /** The line of the source file the observation was read from. */
        public Builder line(long line) {
            this.line = line;
            return this;
        }

        public Builder organisation(String organisation) {
            this.organisation = organisation;
            return this;
        }

        /** The annual short-term incentive; NaN when the data has none. */
        public Builder bonus(double bonus) {
            this.bonus = bonus;
            return this;
        }

        /** The annualised equity; NaN when the data has none. */
        public Builder equityAnnual(double equityAnnual) {
            this.equityAnnual = equityAnnual;
            return this;
        }

        /** The observation. */
        public SalaryObservation build() {
            return new SalaryObservation(roleFamily, jobTitle, level, country, region, companySize, employmentType,
                    baseSalary, currency, year, line, organisation, bonus, equityAnnual);
        }
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
