package org.careerbench.data;

import java.util.List;

/** Every dataset of one input folder, validated and typed. Immutable. */
public record InputData(List<SalaryObservation> salaries, List<PublishedRange> ranges,
        List<RegionalDifferential> differentials, List<MarketIndicator> market, List<SkillDemand> skills,
        List<SourceNote> sources, List<InputFile> files) {

    public InputData {
        salaries = List.copyOf(salaries);
        ranges = List.copyOf(ranges);
        differentials = List.copyOf(differentials);
        market = List.copyOf(market);
        skills = List.copyOf(skills);
        sources = List.copyOf(sources);
        files = List.copyOf(files);
    }
}
