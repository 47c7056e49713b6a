package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** File names safe on every file system, never colliding within one run. */
class FileNamesTest {
    @Test
    void aValueBecomesLowerCaseAsciiWithSingleDashes() {
        assertEquals("sao-paulo-remote", FileNames.slug("São Paulo / Remote"));
        assertEquals("north-america", FileNames.slug("  North   America  "));
        assertEquals("muenchen-zurich", FileNames.slug("Muenchen--Zürich"));
    }

    @Test
    void hostileValuesCannotClimbOutOrHide() {
        assertEquals("etc-passwd", FileNames.slug("../../etc/passwd"));
        assertEquals("group", FileNames.slug("..."));
        assertEquals("group", FileNames.slug("東京"), "nothing left of a name without Latin letters");
        assertEquals("con", FileNames.slug("CON"));
    }

    @Test
    void aLongValueIsCutAtSixtyWithoutATrailingDash() {
        String slug = FileNames.slug("a".repeat(59) + " b" + "c".repeat(20));
        assertTrue(slug.length() <= 60, slug);
        assertTrue(!slug.endsWith("-"), slug);
    }

    @Test
    void aTakenNameIsNumberedIgnoringCase() {
        Set<String> taken = new HashSet<>();
        assertEquals("report-europe", FileNames.unique("report-europe", taken));
        assertEquals("Report-Europe-2", FileNames.unique("Report-Europe", taken));
        assertEquals("report-europe-3", FileNames.unique("report-europe", taken));
        assertEquals(Set.of("report-europe", "report-europe-2", "report-europe-3"), taken);
    }
}
