package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A published deliverable as the manifest lists it. */
class OutputFileTest {
    @Test
    void aFileWithoutAnAudienceIsADataFile() {
        OutputFile figures = new OutputFile("figures.csv", 10, "ab", "");
        assertEquals("", figures.audience());
        assertEquals("", figures.suppression());
        assertEquals("", figures.title());
        assertEquals(10, figures.bytes());
    }

    @Test
    void aReportNamesItsReadersAndItsRule() {
        OutputFile pdf = new OutputFile("career-report.pdf", 2048, "cd", "Career report", "public",
                "n>=5 central, n>=10 tails");
        assertEquals("public", pdf.audience());
        assertEquals("n>=5 central, n>=10 tails", pdf.suppression());
    }
}
