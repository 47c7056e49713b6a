package org.careerbench.template;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded, structurally valid template. Immutable.
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
 * @param burstBy    salaries column giving one report per value, or empty for one report
 * @param formats    every format the template asks for; {@code format} is the one being built
 */
public record TemplateSpec(Path source, String title, String subtitle, String field, OutputFormat format,
        String outputName, Theme theme, TemplateParameters parameters, List<SectionSpec> sections, String language,
        boolean archival, String burstBy, List<OutputFormat> formats) {
    public TemplateSpec {
        sections = List.copyOf(sections);
        formats = List.copyOf(formats);
    }

    /** The same template, built for {@code other}. */
    public TemplateSpec withFormat(OutputFormat other) {
        return new TemplateSpec(source, title, subtitle, field, other, outputName, theme, parameters, sections, language,
                archival, burstBy, formats);
    }

    /** The same template asking for its current format only. */
    public TemplateSpec withOnlyFormat() {
        return new TemplateSpec(source, title, subtitle, field, format, outputName, theme, parameters, sections,
                language, archival, burstBy, List.of(format));
    }

    /** The deliverable's file name, e.g. {@code career-report.pdf}. */
    public String outputFileName() {
        return outputName + "." + format.extension();
    }
}
