package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The version and commit a manifest records, from the build. */
class VersionTest {
    @Test
    void theVersionIsThePomsProjectVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>careerbench</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "the pom names its version");
        assertEquals(m.group(1), Version.current());
    }

    @Test
    void theCommitIsFortyHexDigitsOrUnknown() {
        String commit = Version.commit();
        assertTrue(commit.equals("unknown") || commit.matches("[0-9a-f]{40}"), commit);
    }
}
