package org.careerbench.report.assembly;

import java.util.List;
import java.util.function.Function;
import org.careerbench.data.InputData;
import org.careerbench.data.MarketIndicator;
import org.careerbench.data.PublishedRange;
import org.careerbench.data.RegionalDifferential;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SkillDemand;
import org.careerbench.data.SourceNote;
import org.careerbench.data.SurveyPercentiles;

/**
 * The reference rows that apply to one report: those whose role family is blank or among the
 * role families its population is filtered to (all rows when it is not filtered by role family).
 * Immutable.
 */
record ReferenceData(List<PublishedRange> ranges, List<MarketIndicator> market, List<SkillDemand> skills,
        List<SourceNote> sources, List<SurveyPercentiles> surveys, List<RegionalDifferential> differentials) {

    static ReferenceData of(InputData data, SalaryFilter population) {
        List<String> families = population.conditions().get(SalaryDimension.ROLE_FAMILY);
        return new ReferenceData(scoped(data.ranges(), PublishedRange::roleFamily, families),
                scoped(data.market(), MarketIndicator::roleFamily, families),
                scoped(data.skills(), SkillDemand::roleFamily, families),
                scoped(data.sources(), SourceNote::roleFamily, families),
                scoped(data.surveys(), SurveyPercentiles::roleFamily, families), data.differentials());
    }

    ReferenceData {
        ranges = List.copyOf(ranges);
        market = List.copyOf(market);
        skills = List.copyOf(skills);
        sources = List.copyOf(sources);
        surveys = List.copyOf(surveys);
        differentials = List.copyOf(differentials);
    }

    private static <T> List<T> scoped(List<T> rows, Function<T, String> family, List<String> families) {
        if (families == null) {
            return rows;
        }
        return rows.stream().filter(r -> family.apply(r).isEmpty() || families.contains(family.apply(r))).toList();
    }
}
