package org.careerbench.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds where a file stops being valid text in a charset, for an error message that names the line. */
final class StrictDecoding {
    private StrictDecoding() {
    }

    static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The 1-based line holding the first byte sequence invalid in {@code charset}, or 0 if none. */
    static long firstBadLine(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = decoder(charset);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            int b;
            while ((b = in.read()) != -1) {
                line.write(b);
                if (b == '\n') {
                    if (!decodes(decoder, line)) {
                        return number;
                    }
                    line.reset();
                    number++;
                }
            }
            return decodes(decoder, line) ? 0 : number;
        }
    }

    private static boolean decodes(CharsetDecoder decoder, ByteArrayOutputStream bytes) {
        try {
            decoder.reset().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
