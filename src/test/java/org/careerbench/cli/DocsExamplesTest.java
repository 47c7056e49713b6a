package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbench.data.Column;
import org.careerbench.data.DatasetSchema;
import org.careerbench.data.StandardSchemas;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The documentation's examples and reference tables (docs/operations.md, docs/data.md) match what the program does. */
class DocsExamplesTest {
    private static final Pattern HELP_EXAMPLE = Pattern.compile("```\\n\\$ \\./careerbench ([^\\n]*)\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void everyHelpExampleIsTheProgramsOutput() throws Exception {
        String readme = Files.readString(Path.of("docs/operations.md"));
        Matcher m = HELP_EXAMPLE.matcher(readme);
        int examples = 0;
        while (m.find()) {
            StringWriter out = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            assertEquals(ExitCodes.OK, cli.execute(m.group(1).split(" ")));
            String printed = out.toString().replace("\r\n", "\n");
            assertTrue(printed.startsWith(m.group(2)), "README shows for '" + m.group(1) + "':\n" + m.group(2)
                    + "\nbut the program prints:\n" + printed);
            examples++;
        }
        assertEquals(4, examples);
    }

    @Test
    void everyDeclaredColumnIsDocumentedWithItsMeaning() throws Exception {
        String readme = Files.readString(Path.of("docs/data.md"));
        for (DatasetSchema schema : java.util.stream.Stream.concat(StandardSchemas.ALL.stream(),
                StandardSchemas.OPTIONAL.stream()).toList()) {
            assertTrue(readme.contains("### " + schema.fileName()), schema.fileName());
            for (Column c : schema.columns()) {
                String row = "| " + c.name() + " | ";
                int at = readme.indexOf(row, readme.indexOf("### " + schema.fileName()));
                assertTrue(at > 0, schema.fileName() + " column " + c.name());
                String line = readme.substring(at, readme.indexOf('\n', at));
                assertTrue(line.contains("| " + (c.required() ? "yes" : "no") + " |"), line);
                assertTrue(line.contains(c.description()), line);
            }
        }
    }

    @Test
    void theStrictExampleValidatesTheShippedTemplatesAndSample() throws Exception {
        java.util.regex.Matcher m = Pattern.compile("<!-- example: strict -->\\n```sh\\n\\./careerbench ([^\\n]*)\\n")
                .matcher(Files.readString(Path.of("docs/data.md")));
        assertTrue(m.find());
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run(m.group(1).split(" ")), cli.err.toString());
        assertTrue(cli.out.toString().contains("0 warnings"), cli.out.toString());
    }
}
