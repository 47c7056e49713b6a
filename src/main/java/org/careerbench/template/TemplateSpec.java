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
 */
public record TemplateSpec(Path source, String title, String subtitle, String field, OutputFormat format,
        String outputName, Theme theme, TemplateParameters parameters, List<SectionSpec> sections, String language,
        boolean archival, String burstBy) {
    public TemplateSpec {
        sections = List.copyOf(sections);
    }

    /** The deliverable's file name, e.g. {@code career-report.pdf}. */
    public String outputFileName() {
        return outputName + "." + format.extension();
    }
}
