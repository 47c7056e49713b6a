package org.careerbench.data;

/** One row of an internal roster: an employee's level and base salary. Never printed in a PDF. */
public record Employee(String id, String track, String level, String region, double baseSalary, String currency,
        long line) {

    static Employee from(DataRow row) {
        return new Employee(row.text("employee_id"), row.text("track"), row.text("level"), row.text("region"),
                row.number("base_salary"), row.text("currency"), row.line());
    }
}
