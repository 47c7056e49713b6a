package org.careerbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careerbench new-template NAME}: writes a commented starting template. */
@Command(name = "new-template", mixinStandardHelpOptions = true,
        description = {"Writes TEMPLATES/NAME.md: a commented template using every construct, ready to edit. "
                + "Never overwrites a file.", ""},
        footerHeading = "%nExample:%n",
        footer = {"  careerbench new-template data-science-report && careerbench validate"})
final class NewTemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "file name without .md: letters, digits, '-' and '_'")
    String name;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "folder to write into (default: ${DEFAULT-VALUE})")
    Path templates;

    @Override
    public Integer call() throws IOException {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            spec.commandLine().getErr().println("careerbench new-template: '" + name + "' is not a safe name; expected "
                    + "letters, digits, '-' and '_', such as data-science-report");
            return ExitCodes.BAD_INPUT;
        }
        Path target = templates.resolve(name + ".md");
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // A link too, dangling or not: writing through it would create a file wherever it points.
            spec.commandLine().getErr().println("careerbench new-template: " + target + " exists; choose another name");
            return ExitCodes.BAD_INPUT;
        }
        String text;
        try (InputStream in = NewTemplateCommand.class.getResourceAsStream("/org/careerbench/starter-template.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@NAME@", name);
        }
        Files.createDirectories(templates);
        // CREATE_NEW fails on anything that appeared meanwhile, a link included: it never follows one.
        Files.writeString(target, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE);
        spec.commandLine().getOut().println("Wrote " + target + ". Edit it, then check it with: careerbench validate");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
