package org.careerbench.data;

import java.util.List;

/** Every dataset of one input folder, validated and typed, with what ingestion did. Immutable. */
public record InputData(List<SalaryObservation> salaries, List<PublishedRange> ranges,
        List<RegionalDifferential> differentials, List<MarketIndicator> market, List<SkillDemand> skills,
        List<SourceNote> sources, List<SurveyPercentiles> surveys, List<Employee> roster, List<InputFile> files,
        QualityPolicy policy, QualityReport quality) {

    public InputData {
        salaries = List.copyOf(salaries);
        ranges = List.copyOf(ranges);
        differentials = List.copyOf(differentials);
        market = List.copyOf(market);
        skills = List.copyOf(skills);
        sources = List.copyOf(sources);
        surveys = List.copyOf(surveys);
        roster = List.copyOf(roster);
        files = List.copyOf(files);
    }

    /**
     * The file a dataset was read from (the export behind a mapping; the first when several), as
     * the user named it; empty when the dataset was not read.
     */
    public java.util.Optional<java.nio.file.Path> fileOf(String dataset) {
        return files.stream().filter(f -> f.dataset().equals(dataset)).map(InputFile::path).findFirst();
    }
}
