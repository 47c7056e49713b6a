package org.careerbench.template;

import java.util.List;
import java.util.Map;

/**
 * Report-wide parameters from a template's front matter.
 *
 * @param currency       ISO 4217 code the salary figures are in and formatted as
 * @param population     column = value filters applied to every salary block (e.g. the role family)
 * @param levelOrder     order of career levels in tables and charts; unlisted levels follow alphabetically
 * @param minCentral     minimum n for mean and P25–P75
 * @param minTails       minimum n for P10 and P90
 * @param maxOrganisationShare largest share of a cell one organisation may carry
 * @param agingMethod    compound, simple or none
 * @param agingRate      annual market-movement rate as a fraction
 * @param effectiveDate  ISO date figures are aged to, or empty for the first day of the run's period
 * @param pay            default pay element: base, total-cash or total-direct
 */
public record TemplateParameters(String currency, Map<String, String> population, List<String> levelOrder,
        int minCentral, int minTails, double maxOrganisationShare, String agingMethod, double agingRate,
        String effectiveDate, String pay) {
    public TemplateParameters {
        population = Map.copyOf(population);
        levelOrder = List.copyOf(levelOrder);
    }
}
