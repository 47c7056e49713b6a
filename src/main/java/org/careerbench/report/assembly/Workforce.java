package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careerbench.data.Employee;
import org.careerbench.stats.PayGaps;

/**
 * The roster as the pay gap statistics read it: the employees compared (recorded female or
 * male, with hours or FTE, paid in the report's currency), and how many were counted but not
 * compared or set aside, by reason. Immutable.
 *
 * @param workers       the employees compared, as the statistics see them
 * @param employees     the same employees, in the same order, as the roster has them
 * @param otherwise     employees recorded neither female nor male: counted, not compared
 * @param noSex         set aside: no sex recorded
 * @param noHours       set aside: neither weekly hours nor FTE
 * @param otherCurrency set aside: paid in another currency than the report's
 */
record Workforce(List<PayGaps.Worker> workers, List<Employee> employees, int otherwise, int noSex, int noHours,
        int otherCurrency) {
    Workforce {
        workers = List.copyOf(workers);
        employees = List.copyOf(employees);
    }

    /** All set aside, whatever the reason. */
    int setAside() {
        return noSex + noHours + otherCurrency;
    }

    /** The workers of the roster; {@code fullTimeHours} turns an FTE into hours. */
    static Workforce of(List<Employee> roster, String currency, double fullTimeHours) {
        List<PayGaps.Worker> workers = new ArrayList<>();
        List<Employee> compared = new ArrayList<>();
        int otherwise = 0;
        int noSex = 0;
        int noHours = 0;
        int otherCurrency = 0;
        for (Employee e : roster) {
            String sex = e.sex().strip().toLowerCase(Locale.ROOT);
            if (sex.isEmpty()) {
                noSex++;
                continue;
            }
            double weekly = e.weeklyHours().isPresent() ? e.weeklyHours().getAsDouble()
                    : e.fte().isPresent() ? e.fte().getAsDouble() * fullTimeHours : Double.NaN;
            if (!(weekly > 0)) {
                noHours++;
                continue;
            }
            if (!e.currency().equals(currency)) {
                otherCurrency++;
                continue;
            }
            PayGaps.Sex s = switch (sex) {
                case "f", "female", "w", "woman" -> PayGaps.Sex.FEMALE;
                case "m", "male", "man" -> PayGaps.Sex.MALE;
                default -> null;
            };
            if (s == null) {
                otherwise++;
                continue;
            }
            workers.add(new PayGaps.Worker(s, e.category(), e.baseSalary(), e.variablePay(), weekly * 52));
            compared.add(e);
        }
        return new Workforce(workers, compared, otherwise, noSex, noHours, otherCurrency);
    }
}
