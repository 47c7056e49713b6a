package org.careerbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.careerbench.batch.ManifestVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careerbench verify}: checks a published period against its manifest. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks that every file the manifest of FOLDER lists is there with its recorded size and "
                + "SHA-256, and that nothing else is. Exit code 0 when it matches, 1 otherwise.", ""},
        footerHeading = "%nExample:%n",
        footer = {"  careerbench verify output/2026-11"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "a published period folder, e.g. output/2026-11")
    Path folder;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = new ManifestVerifier().verify(folder);
        if (problems.isEmpty()) {
            out.println(folder + ": every file matches manifest.json");
            out.flush();
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(p -> err.println(folder + ": " + p));
        err.flush();
        return ExitCodes.RENDERING_FAILED;
    }
}
