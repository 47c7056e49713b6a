package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * @param unknown       of those counted but not compared, the values no roster writes for a
 *                      third gender ("Femal", "fem"), as written, with how many employees have
 *                      each: likely a misspelling, which the run warns of rather than compare
 *                      those employees as neither sex without a word
 */
record Workforce(List<PayGaps.Worker> workers, List<Employee> employees, int otherwise, int noSex, int noHours,
        int otherCurrency, Map<String, Integer> unknown) {
    Workforce {
        workers = List.copyOf(workers);
        employees = List.copyOf(employees);
        unknown = java.util.Collections.unmodifiableMap(new TreeMap<>(unknown));
    }

    /** The words for female and for male a roster may write, in any case. */
    static final Set<String> FEMALE = Set.of("f", "female", "w", "woman", "weiblich", "frau");
    static final Set<String> MALE = Set.of("m", "male", "man", "männlich", "maennlich", "mann");
    /** The words for neither a roster may write: counted, not compared, without a warning. */
    static final Set<String> NEITHER = Set.of("x", "d", "diverse", "divers", "non-binary", "nonbinary", "other", "o",
            "u", "unspecified", "undisclosed", "not stated", "prefer not to say", "unbestimmt", "keine angabe");

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
        Map<String, Integer> unknown = new TreeMap<>();
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
            PayGaps.Sex s = FEMALE.contains(sex) ? PayGaps.Sex.FEMALE : MALE.contains(sex) ? PayGaps.Sex.MALE : null;
            if (s == null) {
                otherwise++;
                if (!NEITHER.contains(sex)) {
                    unknown.merge(e.sex().strip(), 1, Integer::sum);
                }
                continue;
            }
            workers.add(new PayGaps.Worker(s, e.category(), e.baseSalary(), e.variablePay(), weekly * 52));
            compared.add(e);
        }
        return new Workforce(workers, compared, otherwise, noSex, noHours, otherCurrency, unknown);
    }
}
