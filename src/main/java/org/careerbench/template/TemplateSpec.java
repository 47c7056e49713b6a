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
        return new TemplateSpec(source, title, subtitle, field, other, outputName, theme, parameters, sections, language,
                archival, burstBy, List.of(other), lines, figureIds, run, messages);
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
