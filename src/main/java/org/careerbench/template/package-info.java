/**
 * Stage 1': plain-text templates in, typed immutable specs out.
 *
 * <p>A template is Markdown with a YAML front matter. Headings open sections; paragraphs
 * and lists are narrative; fenced blocks ({@code figures}, {@code table}, {@code chart}) say
 * which data to show, each parsed into the one record its kind and {@code source:} call for
 * ({@link org.careerbench.template.FigureSpec}, {@link org.careerbench.template.TableSpec},
 * {@link org.careerbench.template.ChartSpec}) with exactly the keys
 * {@link org.careerbench.template.Vocabulary} lists for it. A theme file (YAML) holds colours,
 * fonts and page setup shared by every format. The language is documented in
 * {@code templates/README.md}.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * List<TemplateSpec> specs = new TemplateLoader().loadAll(Path.of("templates"), problems);
 * }</pre>
 *
 * <p>Every mistake — syntax, unknown or misplaced key, wrong type, unknown value, old spelling —
 * is a {@link org.careerbench.diagnostics.Problem} at the line it is written on; loading carries on so
 * that all of them are found at once. This package never reads datasets and never renders.
 */
package org.careerbench.template;

