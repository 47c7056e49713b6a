package org.careerbench.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A YAML document inside a larger text file, with enough position information to name the
 * file's line in errors.
 *
 * @param file      the file it came from
 * @param firstLine 1-based line in the file of the YAML's first line
 * @param yaml      the YAML text
 * @param values    the parsed top-level mapping
 */
record FrontMatter(Path file, int firstLine, String yaml, Map<String, Object> values) {

    /** Parses {@code yaml} that starts at {@code firstLine} of {@code file}; blank YAML is an empty map. */
    static FrontMatter parse(Path file, int firstLine, String yaml) throws TemplateException {
        Object loaded = load(file, firstLine, yaml);
        if (loaded == null) {
            return new FrontMatter(file, firstLine, yaml, Map.of());
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new TemplateException(file, firstLine, "expected 'key: value' lines, found "
                    + describe(loaded));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) map;
        return new FrontMatter(file, firstLine, yaml, values);
    }

    /** Parses any YAML value (mapping, list or scalar) starting at {@code firstLine} of {@code file}. */
    static Object load(Path file, int firstLine, String yaml) throws TemplateException {
        try {
            return new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
            throw new TemplateException(file, line, "invalid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new TemplateException(file, firstLine, "invalid YAML: " + e.getMessage());
        }
    }

    /** The file line on which {@code key} is written, or the first line if it cannot be found. */
    int lineOf(String key) {
        Pattern p = Pattern.compile("^\\s*-?\\s*" + Pattern.quote(key) + "\\s*:");
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return firstLine + i;
            }
        }
        return firstLine;
    }

    /** Rejects keys outside {@code allowed}, naming the line and the accepted keys. */
    void requireKnownKeys(Map<String, Object> map, List<String> allowed, String where) throws TemplateException {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new TemplateException(file, lineOf(key), "unknown key '" + key + "' in " + where
                        + Suggestions.didYouMean(key, allowed) + "; expected one of " + allowed);
            }
        }
    }

    String text(String key, String fallback) throws TemplateException {
        return text(values, key, fallback);
    }

    String text(Map<String, Object> map, String key, String fallback) throws TemplateException {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map || v instanceof List) {
            throw new TemplateException(file, lineOf(key), "'" + key + "' must be a single value, found "
                    + describe(v));
        }
        return v.toString();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> mapping(Map<String, Object> map, String key) throws TemplateException {
        Object v = map.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map)) {
            throw new TemplateException(file, lineOf(key), "'" + key + "' must be 'name: value' lines, found "
                    + describe(v));
        }
        return (Map<String, Object>) v;
    }

    static String describe(Object v) {
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        return "'" + v + "'";
    }
}
