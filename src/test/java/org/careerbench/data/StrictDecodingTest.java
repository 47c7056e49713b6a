package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a file stops being valid text, by line, for an error a user can act on. */
class StrictDecodingTest {
    @TempDir
    Path dir;

    @Test
    void aValidFileHasNoBadLine() throws Exception {
        Path f = Files.writeString(dir.resolve("ok.csv"), "a,b\nGehälter,€\n", StandardCharsets.UTF_8);
        assertEquals(0, StrictDecoding.firstBadLine(f, StandardCharsets.UTF_8));
    }

    @Test
    void latin1BytesInAUtf8FileAreFoundOnTheirLine() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "a,b\nok,1\nM\u00fcnchen,2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(3, StrictDecoding.firstBadLine(f, StandardCharsets.UTF_8));
        assertEquals(0, StrictDecoding.firstBadLine(f, StandardCharsets.ISO_8859_1));
    }

    @Test
    void aBadLastLineWithoutNewlineIsFound() throws Exception {
        Path f = dir.resolve("tail.csv");
        Files.write(f, new byte[] {'a', '\n', 'b', (byte) 0xff});
        assertEquals(2, StrictDecoding.firstBadLine(f, StandardCharsets.UTF_8));
    }

    @Test
    void aCharacterCutAcrossNoLineIsBad() throws Exception {
        Path f = dir.resolve("cut.csv");
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        Files.write(f, new byte[] {'x', '\n', euro[0], euro[1], '\n'});
        assertEquals(2, StrictDecoding.firstBadLine(f, StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, StrictDecoding.decoder(StandardCharsets.UTF_8).charset());
    }
}
