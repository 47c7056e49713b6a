package org.careerbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** LibreOffice as the tests run it: headless, recalculating every formula of a workbook on load. */
public final class LibreOffice {
    private LibreOffice() {
    }

    /**
     * Opens each workbook with a profile that recalculates every formula on load and saves it as
     * xlsx into {@code out}; requires LibreOffice (see {@link ExternalTool}).
     */
    public static void recalculate(List<Path> workbooks, Path out) throws Exception {
        ExternalTool.require(onPath("soffice"), "LibreOffice (soffice) is not installed here");
        Path profile = Files.createDirectories(out.resolveSibling("profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/"
                + "XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n<item oor:path=\"/org.openoffice"
                + ".Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value>"
                + "</prop></item>\n</oor:items>\n");
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.getParent().toUri(),
                "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling("soffice.log").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice finished");
    }

    /** Whether {@code command} is an executable on the PATH. */
    public static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
