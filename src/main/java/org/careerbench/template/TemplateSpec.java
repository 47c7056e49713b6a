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
 */
public record TemplateSpec(Path source, String title, String subtitle, String field, OutputFormat format,
        String outputName, Theme theme, TemplateParameters parameters, List<SectionSpec> sections) {
    public TemplateSpec {
        sections = List.copyOf(sections);
    }

    /** The deliverable's file name, e.g. {@code career-report.pdf}. */
    public String outputFileName() {
        return outputName + "." + format.extension();
    }
}
