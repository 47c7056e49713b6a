package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/** A library's log as a user may see it: errors only, one line each, no class name, no trace. */
class LibraryLogTest {
    @Test
    void anErrorIsOneLineWithoutTheLoggersNameOrATrace() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Logger log = new LibraryLog().getContext("x", null, null, false)
                    .getLogger("org.apache.poi.xssf.usermodel.XSSFWorkbook");
            log.warn("a warning nobody needs");
            log.info("chatter");
            log.error("cannot read part {}\nof the file", "/xl/x.xml", new IllegalStateException("inner"));
        } finally {
            System.setErr(err);
        }
        String said = captured.toString(StandardCharsets.UTF_8);
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.matches("\\d\\d:\\d\\d:\\d\\d ERROR library: cannot read part /xl/x.xml of the file\\R"), said);
        assertFalse(said.contains("org.apache") || said.contains("Exception") || said.contains("\tat "), said);
    }

    @Test
    void theLauncherMakesItTheBackEndUnlessTheUserChoseAnother() {
        String before = System.getProperty("log4j2.loggerContextFactory");
        try {
            System.clearProperty("log4j2.loggerContextFactory");
            LibraryLog.install();
            assertEquals(LibraryLog.class.getName(), System.getProperty("log4j2.loggerContextFactory"));
            System.setProperty("log4j2.loggerContextFactory", "some.Other");
            LibraryLog.install();
            assertEquals("some.Other", System.getProperty("log4j2.loggerContextFactory"));
        } finally {
            if (before == null) {
                System.clearProperty("log4j2.loggerContextFactory");
            } else {
                System.setProperty("log4j2.loggerContextFactory", before);
            }
        }
    }
}
