package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.careerbench.report.Words;
import org.junit.jupiter.api.Test;

class GroupLabelsTest {
    @Test
    void aBlankValueIsALabelledGroupInTheReadersLanguage() {
        GroupLabels english = new GroupLabels(Words.english());
        assertEquals("— (not given)", english.shown(""));
        assertEquals("— (not given)", english.shown("  "));
        assertEquals(List.of("Senior", "— (not given)"), english.shown(List.of("Senior", "")));
        assertEquals("— (keine Angabe)", new GroupLabels(Words.of("de")).shown(""));
    }
}
