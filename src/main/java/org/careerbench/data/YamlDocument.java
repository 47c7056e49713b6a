package org.careerbench.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** A small YAML configuration file (mapping or quality policy), with line numbers for errors. */
final class YamlDocument {
    private final Path file;
    private final List<String> lines;
    final Map<String, Object> root;

    private YamlDocument(Path file, List<String> lines, Map<String, Object> root) {
        this.file = file;
        this.lines = lines;
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    static YamlDocument load(Path file) throws IOException, DataException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw problem(file, line, "", "invalid YAML (" + e.getProblem() + ")", "well-formed YAML");
        } catch (YamlEngineException e) {
            throw problem(file, 1, "", "invalid YAML (" + e.getMessage() + ")", "well-formed YAML");
        }
        if (loaded == null) {
            loaded = Map.of();
        }
        if (!(loaded instanceof Map)) {
            throw problem(file, 1, "", "a " + describe(loaded), "'key: value' lines");
        }
        return new YamlDocument(file, text.lines().toList(), (Map<String, Object>) loaded);
    }

    Path file() {
        return file;
    }

    int lineOf(String key) {
        Pattern p = Pattern.compile("^\\s*\"?" + Pattern.quote(key) + "\"?\\s*:");
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    void requireKnownKeys(Map<String, Object> map, List<String> allowed, String where) throws DataException {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw problem(file, lineOf(key), key, "unknown key '" + key + "' in " + where,
                        "one of " + allowed);
            }
        }
    }

    String text(Map<String, Object> map, String key, String fallback) throws DataException {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map || v instanceof List) {
            throw problem(file, lineOf(key), key, "a " + describe(v), "a single value");
        }
        return String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> mapping(Map<String, Object> map, String key) throws DataException {
        Object v = map.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map)) {
            throw problem(file, lineOf(key), key, "a " + describe(v), "'name: value' lines under '" + key + "'");
        }
        return (Map<String, Object>) v;
    }

    DataException error(String key, String found, String expected) {
        return problem(file, lineOf(key), key, found, expected);
    }

    private static DataException problem(Path file, int line, String key, String found, String expected) {
        String what = key.isEmpty() || found.contains("'" + key + "'") ? found : found + " for '" + key + "'";
        return new DataException(List.of(new DataProblem(file.toString(), line, 0, "", what, expected)));
    }

    private static String describe(Object v) {
        return v instanceof Map ? "mapping" : v instanceof List ? "list" : "value '" + v + "'";
    }
}
