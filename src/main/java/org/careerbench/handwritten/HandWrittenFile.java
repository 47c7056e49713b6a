package org.careerbench.handwritten;

import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a file people write by hand — a template, a theme, a mapping, a quality or delivery file —
 * as UTF-8 text, or says at its file and line why it cannot: bytes that are not UTF-8 are a
 * problem at the line holding them (never the decoder's "Input length = 2"), and a file reached
 * outside its folder's {@link Fence} is not read at all, so nothing of it can be quoted back.
 */
public final class HandWrittenFile {
    private HandWrittenFile() {
    }

    /**
     * @param file     the file to read
     * @param fence    the folder it must lie in, judged by real paths
     * @param what     what the file should be, for the problem ("a YAML theme")
     * @param problems receives the reason when the file cannot be used
     * @return the file's text; empty when a problem was added
     * @throws IOException when the file cannot be read at all
     */
    public static Optional<String> read(Path file, Fence fence, String what, Problems problems) throws IOException {
        if (!fence.contains(file)) {
            problems.add(file, 0, Problem.Kind.FILE, "this file is outside the folder " + fence.folder()
                    + " (or reached through a link that leads out of it); expected " + what + " inside it");
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(file, firstBadLine(bytes), Problem.Kind.SYNTAX, "found bytes that are not valid UTF-8; "
                    + "expected " + what + " saved as UTF-8 text");
            return Optional.empty();
        }
    }

    /**
     * {@link #read} then {@link YamlText#parse}: the file's YAML from line 1, or empty when a
     * problem (outside the fence, not UTF-8, not YAML) was added.
     */
    public static Optional<YamlNode> yaml(Path file, Fence fence, String what, Problems problems) throws IOException {
        return read(file, fence, what, problems).flatMap(text -> YamlText.parse(file, 1, text, problems));
    }

    /** The line (from 1) of the first byte sequence that is not UTF-8. */
    static int firstBadLine(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }
}
