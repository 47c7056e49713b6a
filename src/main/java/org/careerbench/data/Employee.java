package org.careerbench.data;

import java.util.OptionalDouble;

/**
 * One row of an internal roster: an employee's level and base salary, and for the pay
 * transparency report their sex, category of worker, variable pay and hours. Never printed in
 * a PDF.
 *
 * @param sex         as the employer records it, empty when not given
 * @param category    category of worker, empty when not given
 * @param variablePay complementary or variable pay of the period, 0 when none
 * @param weeklyHours contractual hours a week, empty when not given
 * @param fte         full-time equivalent, empty when not given
 * @param period      the reference period, empty when not given
 */
public record Employee(String id, String track, String level, String region, double baseSalary, String currency,
        long line, String sex, String category, double variablePay, OptionalDouble weeklyHours, OptionalDouble fte,
        String period) {

    /** An employee of a roster without the pay transparency columns. */
    public Employee(String id, String track, String level, String region, double baseSalary, String currency,
            long line) {
        this(id, track, level, region, baseSalary, currency, line, "", "", 0, OptionalDouble.empty(),
                OptionalDouble.empty(), "");
    }

    static Employee from(DataRow row) {
        double variable = row.numberOrNaN("variable_pay");
        double hours = row.numberOrNaN("weekly_hours");
        double fte = row.numberOrNaN("fte");
        return new Employee(row.text("employee_id"), row.text("track"), row.text("level"), row.text("region"),
                row.number("base_salary"), row.text("currency"), row.line(), row.text("sex"), row.text("category"),
                Double.isNaN(variable) ? 0 : variable,
                Double.isNaN(hours) ? OptionalDouble.empty() : OptionalDouble.of(hours),
                Double.isNaN(fte) ? OptionalDouble.empty() : OptionalDouble.of(fte), row.text("period"));
    }
}
