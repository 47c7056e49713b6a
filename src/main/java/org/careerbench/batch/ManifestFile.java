package org.careerbench.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A period folder's {@code manifest.json}: the one place that names the file, reads it and writes
 * it. A run writes it ({@link #write(Path, Manifest)}); gathering shards writes the gathered one
 * ({@link #write(Path, JsonNode)}); verifying, auditing, delivering and gathering read it
 * ({@link #read}) through the typed views below. Immutable once read.
 */
public final class ManifestFile {
    /** The manifest's file name in every period folder. */
    public static final String NAME = "manifest.json";

    private final JsonNode json;

    private ManifestFile(JsonNode json) {
        this.json = json;
    }

    /**
     * One deliverable the manifest lists: its file name, size, SHA-256 and title (empty for a data
     * file), and who reads it in which language (empty where not recorded).
     */
    public record Output(String file, long bytes, String sha256, String title, String audience, String language) {
        /** A deliverable whose readers are not recorded. */
        public Output(String file, long bytes, String sha256, String title) {
            this(file, bytes, sha256, title, "", "");
        }
    }

    /** One input or template the period was built from, by file name and SHA-256; {@code dataset} empty for a template. */
    public record Source(String dataset, String file, String sha256) {
    }

    /** The manifest of {@code folder}. */
    public static Path of(Path folder) {
        return folder.resolve(NAME);
    }

    /** Whether {@code folder} holds a manifest, as a file of its own (a link to one is not this tool's). */
    public static boolean isIn(Path folder) {
        return Files.isRegularFile(of(folder), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The manifest of {@code folder}.
     *
     * @throws com.fasterxml.jackson.core.JsonProcessingException when it is cut short or not JSON (its
     *         location names the line)
     * @throws IOException when it cannot be read
     */
    public static ManifestFile read(Path folder) throws IOException {
        return new ManifestFile(new ObjectMapper().readTree(of(folder).toFile()));
    }

    /** Writes a run's manifest into {@code folder}. */
    static void write(Path folder, Manifest manifest) throws IOException {
        new ManifestWriter().write(manifest, of(folder));
    }

    /** Writes a manifest made from others (gathered shards) into {@code folder}, pretty-printed. */
    static void write(Path folder, JsonNode manifest) throws IOException {
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(of(folder).toFile(), manifest);
    }

    /** The period the manifest names; empty when it names none or not as YYYY-MM. */
    public Optional<YearMonth> period() {
        try {
            return Optional.of(YearMonth.parse(json.path("period").asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The period as the manifest writes it, e.g. "2026-11", or "" when it has none. */
    public String periodText() {
        return json.path("period").asText("");
    }

    /** The deliverables, in the manifest's order; entries without a file name are left out. */
    public List<Output> outputs() {
        List<Output> list = new ArrayList<>();
        for (JsonNode o : json.path("outputs")) {
            String file = o.path("file").asText("");
            if (!file.isEmpty()) {
                list.add(new Output(file, o.path("bytes").asLong(-1), o.path("sha256").asText(""),
                        o.path("title").asText(""), o.path("audience").asText(""), o.path("language").asText("")));
            }
        }
        return list;
    }

    /** The inputs the period was built from. */
    public List<Source> inputs() {
        return sources("inputs");
    }

    /** The templates the period was built from. */
    public List<Source> templates() {
        return sources("templates");
    }

    private List<Source> sources(String part) {
        List<Source> list = new ArrayList<>();
        for (JsonNode s : json.path(part)) {
            list.add(new Source(s.path("dataset").asText(""), s.path("file").asText(""), s.path("sha256").asText("")));
        }
        return list;
    }

    /** The manifest as JSON, for a manifest made from it (gathering copies a shard's). */
    JsonNode json() {
        return json.deepCopy();
    }
}
