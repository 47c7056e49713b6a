package org.careerbench.report.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: a grouping with no value drew an unlabelled bar. */
class GroupLabelsTest {
    @Test
    void aBlankGroupIsLabelledAndOthersAreShownAsWritten() {
        assertEquals(GroupLabels.BLANK, GroupLabels.shown(""));
        assertEquals(GroupLabels.BLANK, GroupLabels.shown("  "));
        assertEquals("Senior", GroupLabels.shown("Senior"));
        assertEquals(List.of("Senior", GroupLabels.BLANK), GroupLabels.shown(List.of("Senior", "")));
    }
}
