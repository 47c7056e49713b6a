package org.careerbench.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Theme;

/**
 * A loaded template: its front matter typed, its body as sections of prose and typed blocks.
 * Immutable.
 *
 * @param source     the template file
 * @param title      document title
 * @param subtitle   line under the title on the cover, may be empty
 * @param field      the career field covered, e.g. "SRE for ML systems"
 * @param format     deliverable format
 * @param outputName file name of the deliverable without extension
 * @param theme      the theme the template names
 * @param parameters report-wide parameters
 * @param sections   the body, in order
 * @param language   BCP 47 language of the text, e.g. "en"
 * @param archival   whether a PDF is written as PDF/A-1b
 * @param burstBy    salaries column giving one report per value, if any
 * @param formats    every format the template asks for; {@code format} is the one being built
 * @param lines      where the front matter's keys are written
 * @param figureIds  every figure id the body writes, including those of figures with mistakes
 * @param run        how the template's reports are run: burst minimum, strictness
 * @param messages   this template's own wording in its language, from {@code messages_<language>.properties}
 *                   beside it: message key to pattern, over the shipped bundle
 */
public record TemplateSpec(Path source, String title, String subtitle, String field, OutputFormat format,
        String outputName, Theme theme, TemplateParameters parameters, List<SectionSpec> sections, String language,
        boolean archival, Optional<SalaryDimension> burstBy, List<OutputFormat> formats, KeyLines lines,
        Set<String> figureIds, RunSettings run, Map<String, String> messages) {
    public TemplateSpec {
        messages = Map.copyOf(messages);
        sections = List.copyOf(sections);
        formats = List.copyOf(formats);
        figureIds = Set.copyOf(figureIds);
    }

    /** The same template, built for {@code other} only. */
    public TemplateSpec onlyFormat(OutputFormat other) {
        return toBuilder().formats(List.of(other)).build();
    }

    /**
     * A template to be named part by part: its file, title, output name, theme and parameters; the
     * rest defaults to a PDF in English with no subtitle or field, no sections, no burst, a lenient
     * run for the default audience whose burst minimum is the central suppression threshold, and no
     * wording of its own.
     */
    public static Builder builder(Path source, String title, String outputName, Theme theme,
            TemplateParameters parameters) {
        return new Builder(source, title, outputName, theme, parameters);
    }

    /** A builder holding this template's parts, to make a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(source, title, outputName, theme, parameters);
        b.subtitle = subtitle;
        b.field = field;
        b.sections = sections;
        b.language = language;
        b.archival = archival;
        b.burstBy = burstBy;
        b.formats = formats;
        b.lines = lines;
        b.figureIds = figureIds;
        b.run = run;
        b.messages = messages;
        return b.format(format);
    }

    /** Names a template's parts one by one; {@link #build} makes the immutable spec. */
    public static final class Builder {
        private final Path source;
        private final String title;
        private final String outputName;
        private final Theme theme;
        private final TemplateParameters parameters;
        private String subtitle = "";
        private String field = "";
        private OutputFormat format;
        private List<SectionSpec> sections = List.of();
        private String language = "en";
        private boolean archival;
        private Optional<SalaryDimension> burstBy = Optional.empty();
        private List<OutputFormat> formats = List.of(OutputFormat.PDF);
        private KeyLines lines = new KeyLines(1, Map.of());
        private Set<String> figureIds = Set.of();
        private RunSettings run;
        private Map<String, String> messages = Map.of();

        private Builder(Path source, String title, String outputName, Theme theme, TemplateParameters parameters) {
            this.source = source;
            this.title = title;
            this.outputName = outputName;
            this.theme = theme;
            this.parameters = parameters;
            this.run = new RunSettings(parameters.minCentral(), false);
        }

        /** The subtitle on the cover and the career field covered. */
        public Builder heading(String subtitle, String field) {
            this.subtitle = subtitle;
            this.field = field;
            return this;
        }

        /** Every format the template asks for; the first is the one built unless {@link #format} names another. */
        public Builder formats(List<OutputFormat> formats) {
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("a template asks for at least one format");
            }
            this.formats = formats;
            this.format = formats.get(0);
            return this;
        }

        /** The format being built, one of {@link #formats}. */
        public Builder format(OutputFormat format) {
            this.format = format;
            return this;
        }

        /** The body and every figure id it writes. */
        public Builder body(List<SectionSpec> sections, Set<String> figureIds) {
            this.sections = sections;
            this.figureIds = figureIds;
            return this;
        }

        /** The language of the text, whether a PDF is archival, and the template's own wording. */
        public Builder language(String language, boolean archival, Map<String, String> messages) {
            this.language = language;
            this.archival = archival;
            this.messages = messages;
            return this;
        }

        public Builder burstBy(Optional<SalaryDimension> burstBy) {
            this.burstBy = burstBy;
            return this;
        }

        /** Where the front matter's keys are written. */
        public Builder lines(KeyLines lines) {
            this.lines = lines;
            return this;
        }

        public Builder run(RunSettings run) {
            this.run = run;
            return this;
        }

        /**
         * The spec.
         *
         * @throws IllegalStateException when the format built is not one the template asks for
         */
        public TemplateSpec build() {
            OutputFormat built = format != null ? format : formats.get(0);
            if (!formats.contains(built)) {
                throw new IllegalStateException("format " + built + " is not one of " + formats);
            }
            return new TemplateSpec(source, title, subtitle, field, built, outputName, theme, parameters, sections,
                    language, archival, burstBy, formats, lines, figureIds, run, messages);
        }
    }

    /**
     * How a template's reports are run. Immutable.
     *
     * @param burstMinimum with {@code burst-by}: the fewest observations a value needs for its report to be
     *                     rendered (default: the central suppression threshold, below which no salary figure
     *                     could be published)
     * @param strict       whether a data warning of this template's reports refuses the run (exit 2)
     * @param audience     who reads the deliverables ({@code audience:}, default hr): only an analyst's
     *                     workbook may hold individual salaries
     */
    public record RunSettings(int burstMinimum, boolean strict, org.careerbench.report.Audience audience) {
        /** Settings for the default audience. */
        public RunSettings(int burstMinimum, boolean strict) {
            this(burstMinimum, strict, org.careerbench.report.Audience.DEFAULT);
        }
    }

    /** The deliverable's file name, e.g. {@code career-report.pdf}. */
    public String outputFileName() {
        return outputName + "." + format.extension();
    }

    /** Every block of the body, in order. */
    public List<BlockSpec> blocks() {
        return sections.stream().flatMap(s -> s.content().stream()).filter(BlockSpec.class::isInstance)
                .map(BlockSpec.class::cast).toList();
    }
}
