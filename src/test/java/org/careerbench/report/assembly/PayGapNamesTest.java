package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayGapNamesTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void figuresAreLiveOnlyInAWorkbookWithTheEmployeesTable() {
        String workers = Contexts.fence("table", "name: People\nsource: pay-gap\nshow: workers");
        assertEquals(Optional.of("People"), new PayGapNames(Contexts.of(Contexts.template(dir, "xlsx", "analyst",
                "# A\n" + workers))).workersTable());
        assertEquals(Optional.empty(), new PayGapNames(Contexts.of(Contexts.template(dir, "pdf", "public",
                "# A\n" + Contexts.fence("table", "source: pay-gap\nshow: summary")))).workersTable());
        assertEquals("Mean hourly pay \u2014 Gap", new PayGapNames(Contexts.of(Contexts.template(dir, "pdf", "public",
                "# A\n"))).label("Mean hourly pay", "paygap.gap"));
    }
}
