/**
 * Reading what people write by hand — templates' YAML, themes, mapping and quality files — with
 * every problem placed at its own line: not a pipeline stage but the small toolkit the
 * {@code data} and {@code template} stages share.
 *
 * <p>{@link org.careerbench.spec.YamlText} parses YAML into {@link org.careerbench.spec.YamlNode}s
 * that keep the file line of every key, list item and value (SnakeYAML Engine's marks);
 * {@link org.careerbench.spec.KeyReader} reads one mapping's keys by type, records each mistake
 * as a {@link org.careerbench.spec.Problem} in a {@link org.careerbench.spec.Problems} list and
 * carries on, so a user sees every mistake of a file at once.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * YamlNode root = YamlText.parse(file, 1, text, problems);
 * KeyReader keys = KeyReader.of(root, "the theme", problems);
 * String size = keys.oneOf("size", List.of("A4", "Letter"), "A4");
 * keys.finish();   // unknown keys become problems, with "did you mean"
 * }</pre>
 *
 * <p>This package depends on nothing else of CareerBench.
 */
package org.careerbench.spec;

