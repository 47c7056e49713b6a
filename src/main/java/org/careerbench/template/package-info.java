/**
 * Stage 1' of the pipeline: plain-text templates in, immutable specs out.
 *
 * <p>A template is Markdown with a YAML front matter. Headings open sections; paragraphs
 * and lists are narrative; fenced blocks ({@code table}, {@code chart}, {@code figures},
 * {@code methodology}) say which data to show. A theme file (YAML) holds colours, fonts
 * and page setup shared by every format. The format is documented in
 * {@code templates/README.md}.
 *
 * <pre>{@code
 * TemplateSpec spec = new TemplateLoader().load(Path.of("templates/career-report.md"));
 * }</pre>
 *
 * <p>Every error is a {@link org.careerbench.template.TemplateException} naming file and
 * line. This package never reads datasets and never renders.
 */
package org.careerbench.template;
