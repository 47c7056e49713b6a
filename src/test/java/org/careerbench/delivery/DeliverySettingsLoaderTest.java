package org.careerbench.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careerbench.diagnostics.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** delivery.yaml read as a user writes it, mistakes reported at their lines. */
class DeliverySettingsLoaderTest {
    @TempDir
    Path templates;

    private String problems(String yaml) throws Exception {
        Files.writeString(templates.resolve("delivery.yaml"), yaml);
        Problems p = new Problems();
        DeliverySettingsLoader.load(templates, p);
        return p.report();
    }

    @Test
    void noFileDeliversNothing() throws Exception {
        Problems p = new Problems();
        assertEquals(Optional.empty(), DeliverySettingsLoader.load(templates, p));
        assertTrue(p.isEmpty());
    }

    @Test
    void aWholeFileIsReadWithItsDefaults() throws Exception {
        Files.writeString(templates.resolve("delivery.yaml"), """
                smtp:
                  host: smtp.example.org
                  username_env: CB_USER
                  password_env: CB_PASSWORD
                from: "CareerBench <cb@example.org>"
                reports:
                  career-report.pdf:
                    to: hr@example.org
                  salary-benchmark.xlsx:
                    to: [comp@example.org, "Pay Team <pay@example.org>"]
                    link: https://intranet.example.org/cb/{period}/{file}
                """);
        Problems p = new Problems();
        DeliverySettings s = DeliverySettingsLoader.load(templates, p).orElseThrow();
        assertTrue(p.isEmpty(), p.report());
        assertEquals(587, s.smtp().port(), "STARTTLS on its usual port unless told otherwise");
        assertEquals(DeliverySettings.Tls.STARTTLS, s.smtp().tls());
        assertEquals(Optional.of("CB_PASSWORD"), s.smtp().passwordEnv());
        assertEquals(List.of("hr@example.org"), s.reports().get(0).to());
        assertTrue(s.reports().get(0).attach());
        assertEquals(false, s.reports().get(1).attach(), "a linked report is not attached unless asked");
        assertEquals(9, s.reports().get(1).line(), "the line that names the report");
    }

    @Test
    void everyMistakeAtItsLine() throws Exception {
        String report = problems("""
                smtp:
                  host: smtp.example.org
                  tls: startls
                  port: 70000
                  password: hunter2
                from: not an address
                subject: "{title} {perod}"
                reports:
                  career-report.pdf:
                    to: [hr@example.org, "hr@@example.org"]
                    link: ftp://files/{title}
                    atach: true
                """);
        assertTrue(report.contains("delivery.yaml:3: unknown tls 'startls' (did you mean 'starttls'?)"), report);
        assertTrue(report.contains("delivery.yaml:4: port 70000 is not a TCP port"), report);
        assertTrue(report.contains("delivery.yaml:5: credentials are never read from delivery.yaml"), report);
        assertTrue(report.contains("delivery.yaml:6: 'not an address' in 'from'"), report);
        assertTrue(report.contains("delivery.yaml:7: unknown placeholder '{perod}'"), report);
        assertTrue(report.contains("(did you mean 'period'?)"), report);
        assertTrue(report.contains("delivery.yaml:10: 'hr@@example.org' in 'to'"), report);
        assertTrue(report.contains("delivery.yaml:11: unknown placeholder '{title}' in 'link'"), report);
        assertTrue(report.contains("delivery.yaml:11: link 'ftp://files/{title}'"), report);
        assertTrue(report.contains("delivery.yaml:12: unknown key 'atach'"), report);
        assertTrue(!report.contains("hunter2"), "a password is never repeated: " + report);
    }

    @Test
    void aHalfLoginIsRefused() throws Exception {
        String report = problems("""
                smtp: {host: smtp.example.org, username_env: CB_USER}
                from: cb@example.org
                reports: {r.pdf: {to: a@example.org}}
                """);
        assertTrue(report.contains("a login needs both 'username_env:' and 'password_env:'"), report);
    }
}
