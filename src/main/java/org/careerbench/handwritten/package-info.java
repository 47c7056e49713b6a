/**
 * Reading what people write by hand — templates' YAML, themes, mapping, quality and delivery
 * files — with every problem placed at its own line: not a pipeline stage but the small toolkit
 * the {@code data}, {@code template} and {@code delivery} stages share.
 *
 * <p>{@link org.careerbench.handwritten.Fence} keeps every such file inside the folder it belongs
 * to (by its real path, links resolved), and {@link org.careerbench.handwritten.HandWrittenFile}
 * reads one as strict UTF-8. {@link org.careerbench.handwritten.YamlText} parses YAML into
 * {@link org.careerbench.handwritten.YamlNode}s that keep the file line of every key, list item
 * and value (SnakeYAML Engine's marks); {@link org.careerbench.handwritten.KeyReader} reads one
 * mapping's keys by type, records each mistake as a problem and carries on, so a user sees every
 * mistake of a file at once.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * YamlNode root = YamlText.parse(file, 1, text, problems).orElseThrow();
 * KeyReader keys = KeyReader.of(file, root, "the theme", problems);
 * String size = keys.text("size", "A4");
 * keys.finish();   // unknown keys become problems, with "did you mean"
 * }</pre>
 *
 * <p>This package depends only on {@code diagnostics}.
 */
package org.careerbench.handwritten;
