package org.careerbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every link of the repository's documentation leads to a file in the repository, and nothing points outside it. */
class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    private static List<Path> documents() throws Exception {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md"), Path.of("templates/README.md"),
                Path.of("input/README.md")));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            docs.addAll(files.filter(p -> p.toString().endsWith(".md")).sorted().toList());
        }
        return docs;
    }

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() throws Exception {
        Path root = Path.of("").toAbsolutePath().normalize();
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            Matcher m = LINK.matcher(Files.readString(doc));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue;
                }
                Path resolved = doc.toAbsolutePath().getParent().resolve(target).normalize();
                if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                    broken.add(doc + ": " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void noDocumentPointsOutsideTheRepository() throws Exception {
        List<String> outside = new ArrayList<>();
        for (Path doc : documents()) {
            if (Files.readString(doc).contains("../shared")) {
                outside.add(doc.toString());
            }
        }
        assertEquals(List.of(), outside);
    }
}
