package org.careerbench.report;

import java.util.List;

/**
 * One deliverable's content, ready for a renderer. Immutable.
 *
 * @param title      document title
 * @param subtitle   subtitle, may be empty
 * @param field      career field covered
 * @param period     reporting period, e.g. "2026-11"
 * @param format     deliverable format
 * @param fileName   file name of the deliverable, e.g. career-report.pdf
 * @param theme      look
 * @param sections   content
 * @param warnings   data warnings raised while building, for the run log and manifest
 * @param language   BCP 47 language tag of the text
 * @param archival   whether to write an archival format (PDF/A-1b) where the renderer can
 * @param created    creation time for the document properties
 * @param words      the reader's words: the language's messages, with the template's own over them
 * @param figures    the report's figures as data, for the period's figures file
 * @param audience   who reads it, as its template says; recorded in the run's manifest
 */
public record Report(String title, String subtitle, String field, String period, OutputFormat format,
        String fileName, Theme theme, List<Section> sections, List<String> warnings, String language,
        boolean archival, java.time.Instant created, Words words, Figures figures, Audience audience) {
    /** A report for the default audience. */
    public Report(String title, String subtitle, String field, String period, OutputFormat format, String fileName,
            Theme theme, List<Section> sections, List<String> warnings, String language, boolean archival,
            java.time.Instant created, Words words, Figures figures) {
        this(title, subtitle, field, period, format, fileName, theme, sections, warnings, language, archival, created,
                words, figures, Audience.DEFAULT);
    }

    /** A report in the shipped wording of {@code language}. */
    public Report(String title, String subtitle, String field, String period, OutputFormat format, String fileName,
            Theme theme, List<Section> sections, List<String> warnings, String language, boolean archival,
            java.time.Instant created) {
        this(title, subtitle, field, period, format, fileName, theme, sections, warnings, language, archival, created,
                Words.of(language), Figures.NONE);
    }

    public Report {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }
}
