package org.careerbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.careerbench.report.Theme;
import org.careerbench.template.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every PDF of a run shares: fonts and logo, prepared once per theme, staged in the run's folder. */
class PdfResourcesTest {
    @TempDir
    Path scratch;

    private long staged() throws IOException {
        try (Stream<Path> s = Files.list(scratch)) {
            return s.count();
        }
    }

    @Test
    void fontsAreLoadedOncePerThemeAndRemovedOnClose() throws Exception {
        Theme theme = new ThemeLoader().load(Path.of("templates/theme.yaml"));
        try (PdfResources resources = new PdfResources(scratch)) {
            assertSame(resources.chartFonts(theme), resources.chartFonts(theme));
            assertEquals(1, staged());
        }
        assertEquals(0, staged(), "nothing of the fonts is left in the run's folder");
    }

    @Test
    void eachDocumentGetsItsOwnCopyOfTheLogo() throws Exception {
        Theme theme = new ThemeLoader().load(Path.of("templates/theme.yaml"));
        try (PdfResources resources = new PdfResources(scratch)) {
            var a = resources.logo(theme);
            var b = resources.logo(theme);
            assertNotSame(a, b, "a document scales its own copy");
            assertEquals(a.getWidth(), b.getWidth());
        }
    }

    @Test
    void noLogoIsNullAndALogoThatIsNoImageNeverGetsHere() throws Exception {
        Path dir = Files.createDirectory(scratch.resolve("t"));
        Theme none = new ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), ""));
        try (PdfResources resources = new PdfResources(scratch)) {
            assertNull(resources.logo(none));
        }
        Files.writeString(dir.resolve("logo.png"), "not a picture");
        // A logo that is no image never reaches a renderer: the theme is refused at its line.
        var e = assertThrows(org.careerbench.template.TemplateException.class, () -> new ThemeLoader().load(
                Files.writeString(dir.resolve("bad.yaml"), "logo: logo.png\n")));
        assertEquals(true, e.getMessage().contains("bad.yaml:1: logo 'logo.png' is not a PNG or JPEG image"),
                e.getMessage());
    }
}
