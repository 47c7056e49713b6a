package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 24): {@code password_env: Hunter2Secret} printed "the environment variable
 * Hunter2Secret is not set" and wrote it into the published delivery log; a misspelt key was
 * answered with "did you mean 'password'".
 */
class SecretPastedAsAVariableNameIsEchoedTest {
    @TempDir
    Path dir;

    private Cli validate(String smtp) throws Exception {
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Files.writeString(templates.resolve("delivery.yaml"), """
                smtp:
                  host: smtp.example.org
                %s
                from: careerbench@example.org
                reports:
                  career-report.pdf:
                    to: people@example.org
                """.formatted(smtp));
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", templates.toString()),
                cli.out + "\n" + cli.err);
        return cli;
    }

    @Test
    void aValueThatIsNotAVariableNameIsRefusedAtItsLineWithoutRepeatingIt() throws Exception {
        Cli cli = validate("  username_env: SMTP_USER\n  password_env: Hunter2Secret");
        String said = cli.out + "\n" + cli.err;
        assertFalse(said.contains("Hunter2Secret"), said);
        assertTrue(said.contains("delivery.yaml:4") && said.contains("not the name of an environment variable"), said);
    }

    @Test
    void aMisspeltKeyIsNeverAnsweredWithTheForbiddenPasswordKey() throws Exception {
        Cli cli = validate("  passwrd: x");
        String said = cli.out + "\n" + cli.err;
        assertTrue(said.contains("unknown key 'passwrd'"), said);
        assertFalse(said.contains("'password'") || said.contains(", password,") || said.contains("[password"), said);
    }
}
