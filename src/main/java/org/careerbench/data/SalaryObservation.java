package org.careerbench.data;

/**
 * One person's annual base salary in one year.
 *
 * @param line line in the source file, kept so any figure can be traced back
 */
public record SalaryObservation(String roleFamily, String jobTitle, String level, String country, String region,
        String companySize, String employmentType, double baseSalary, String currency, int year, long line) {

    static SalaryObservation from(DataRow row) {
        return new SalaryObservation(row.text("role_family"), row.text("job_title"), row.text("level"),
                row.text("country"), row.text("region"), row.text("company_size"), row.text("employment_type"),
                row.number("base_salary"), row.text("currency"), row.integer("year"), row.line());
    }
}
