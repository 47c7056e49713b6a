package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.careerbench.data.Column;
import org.careerbench.data.StandardSchemas;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SchemaCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int schema(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "schema";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void printsEveryColumnWithTypeRequirementUnitAndAllowedValues() {
        assertEquals(ExitCodes.OK, schema("salaries"));
        String s = out.toString();
        for (Column c : StandardSchemas.SALARIES.columns()) {
            assertTrue(s.contains("  " + c.name() + " "), c.name());
        }
        assertTrue(s.contains("one of Small, Medium, Large"));
        assertTrue(s.contains("[per year]"));
        assertTrue(s.contains("accepts markers"));
    }

    @Test
    void allDatasetsByDefaultAndAnErrorForAnUnknownOne() {
        assertEquals(ExitCodes.OK, schema());
        assertTrue(out.toString().contains("survey-percentiles (survey-percentiles.csv"));
        assertEquals(ExitCodes.BAD_INPUT, schema("salary"));
        assertTrue(err.toString().contains("no dataset 'salary'"));
    }
}
