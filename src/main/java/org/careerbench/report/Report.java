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
 * @param headline   the finding a reader should take away first, for the cover; empty for none
 */
public record Report(String title, String subtitle, String field, String period, OutputFormat format,
        String fileName, Theme theme, List<Section> sections, List<String> warnings, String language,
        boolean archival, java.time.Instant created, Words words, Figures figures, Audience audience,
        String headline) {
    public Report {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /**
     * A report to be named field by field: its title, format and file name, everything else by
     * name or left at its default (no subtitle or field, no sections, warnings or figures, English
     * in its shipped wording, not archival, created at the epoch, for the default audience).
     */
    public static Builder builder(String title, OutputFormat format, String fileName) {
        return new Builder(title, format, fileName);
    }

    /** Names a report's parts one by one; {@link #build} makes the immutable report. */
    public static final class Builder {
        private final String title;
        private final OutputFormat format;
        private final String fileName;
        private String subtitle = "";
        private String field = "";
        private String period = "";
        private Theme theme;
        private List<Section> sections = List.of();
        private List<String> warnings = List.of();
        private String language = "en";
        private boolean archival;
        private java.time.Instant created = java.time.Instant.EPOCH;
        private Words words;
        private Figures figures = Figures.NONE;
        private Audience audience = Audience.DEFAULT;
        private String headline = "";

        private Builder(String title, OutputFormat format, String fileName) {
            this.title = title;
            this.format = format;
            this.fileName = fileName;
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public Builder field(String field) {
            this.field = field;
            return this;
        }

        public Builder period(String period) {
            this.period = period;
            return this;
        }

        public Builder theme(Theme theme) {
            this.theme = theme;
            return this;
        }

        public Builder sections(List<Section> sections) {
            this.sections = sections;
            return this;
        }

        public Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        /** The language, whose shipped wording the report uses unless {@link #words} names other. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder archival(boolean archival) {
            this.archival = archival;
            return this;
        }

        public Builder created(java.time.Instant created) {
            this.created = created;
            return this;
        }

        public Builder words(Words words) {
            this.words = words;
            return this;
        }

        public Builder figures(Figures figures) {
            this.figures = figures;
            return this;
        }

        public Builder audience(Audience audience) {
            this.audience = audience;
            return this;
        }

        /** The finding the cover leads with. */
        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        /**
         * The report.
         *
         * @throws IllegalStateException when no theme was given
         */
        public Report build() {
            if (theme == null) {
                throw new IllegalStateException("a report needs a theme");
            }
            return new Report(title, subtitle, field, period, format, fileName, theme, sections, warnings, language,
                    archival, created, words != null ? words : Words.of(language), figures, audience, headline);
        }
    }
}
