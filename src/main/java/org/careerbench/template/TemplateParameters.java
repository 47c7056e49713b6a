package org.careerbench.template;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.careerbench.data.PayElement;
import org.careerbench.stats.Aging;

/**
 * Report-wide parameters from a template's front matter, typed once where they are read.
 * Immutable.
 *
 * @param currency       ISO 4217 code the salary figures are in and formatted as
 * @param population     salaries column = value conditions applied to every salary block (e.g. the role family)
 * @param levelOrder     order of career levels in tables and charts; unlisted levels follow alphabetically
 * @param minCentral     minimum n for mean and P25–P75
 * @param minTails       minimum n for P10 and P90
 * @param maxOrganisationShare largest share of a cell one organisation may carry
 * @param agingMethod    how salaries move to the effective date
 * @param agingRate      annual market-movement rate as a fraction
 * @param effectiveDate  the date figures are aged to, when the template sets one
 * @param pay            default pay element
 * @param labels         how values of salaries columns are named to readers
 */
public record TemplateParameters(String currency, FilterSpec population, List<String> levelOrder,
        int minCentral, int minTails, double maxOrganisationShare, Aging.Method agingMethod, double agingRate,
        Optional<LocalDate> effectiveDate, PayElement pay, ValueLabels labels) {
    public TemplateParameters {
        levelOrder = List.copyOf(levelOrder);
    }

    /**
     * The date every salary is aged to for a run of {@code period}: the template's
     * {@code effective-date}, or the first day of the period. The one place this is decided.
     */
    public LocalDate effectiveDate(YearMonth period) {
        return effectiveDate.orElse(period.atDay(1));
    }
}
