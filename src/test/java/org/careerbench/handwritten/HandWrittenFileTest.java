package org.careerbench.handwritten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.careerbench.diagnostics.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-written file as UTF-8 text, or the reason at its file and line; never read outside its folder. */
class HandWrittenFileTest {
    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void utf8TextIsReadAsItIs() throws Exception {
        Path f = Files.writeString(dir.resolve("theme.yaml"), "organisation: Gehälter & Co\n", StandardCharsets.UTF_8);
        assertEquals(Optional.of("organisation: Gehälter & Co\n"), HandWrittenFile.read(f, new Fence(dir),
                "a YAML theme", problems));
        assertTrue(problems.isEmpty());
    }

    @Test
    void latin1BytesAreAProblemAtTheirLineInWords() throws Exception {
        Path f = dir.resolve("theme.yaml");
        Files.write(f, "a: 1\nb: 2\norganisation: Geh\u00e4lter\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Optional.empty(), HandWrittenFile.read(f, new Fence(dir), "a YAML theme", problems));
        assertEquals(f + ":3: found bytes that are not valid UTF-8; expected a YAML theme saved as UTF-8 text",
                problems.sorted().get(0).toString());
    }

    @Test
    void aFileOutsideItsFolderIsNotReadAndNotQuoted() throws Exception {
        Path inside = Files.createDirectory(dir.resolve("templates"));
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "password: hunter2\n");
        Files.createSymbolicLink(inside.resolve("theme.yaml"), secret);
        assertEquals(Optional.empty(), HandWrittenFile.yaml(inside.resolve("theme.yaml"), new Fence(inside),
                "a YAML theme", problems));
        assertTrue(problems.report().contains("is outside the folder"), problems.report());
        assertTrue(!problems.report().contains("hunter2"), problems.report());
    }

    @Test
    void yamlIsParsedFromLineOne() throws Exception {
        Path f = Files.writeString(dir.resolve("delivery.yaml"), "from: a@b.org\nsmtp:\n  host: mail\n");
        YamlNode.Mapping m = (YamlNode.Mapping) HandWrittenFile.yaml(f, new Fence(dir), "delivery settings", problems)
                .orElseThrow();
        assertEquals(2, m.entry("smtp").orElseThrow().keyLine());
    }

    @Test
    void theBadLineIsFoundAcrossLines() {
        assertEquals(1, HandWrittenFile.firstBadLine(new byte[] {(byte) 0xC3}));
        assertEquals(2, HandWrittenFile.firstBadLine(new byte[] {'a', '\n', (byte) 0xFF, '\n', 'b'}));
        assertEquals(3, HandWrittenFile.firstBadLine(new byte[] {'a', '\n', 'b', '\n', (byte) 0xFE}));
    }
}
