package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careerbench.report.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeLoaderTest {
    @TempDir
    Path dir;

    @Test
    void emptyThemeGivesDefaultsWithBundledFonts() throws Exception {
        Theme t = new ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), ""));
        assertEquals("A4", t.pageSize());
        assertEquals("DejaVuSans", t.regular().name());
        assertTrue(t.bold().ttf().length > 100_000);
    }

    @Test
    void readsColoursAndPage() throws Exception {
        Theme t = new ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"),
                "colors:\n  primary: \"#112233\"\npage:\n  size: Letter\n  margin-mm: 25\n"));
        assertEquals(new Color(0x112233), t.primary());
        assertEquals("Letter", t.pageSize());
        assertEquals(25f, t.marginMm());
    }

    @Test
    void badColourMissingFontAndUnknownKeyNameTheLine() throws Exception {
        Path f = Files.writeString(dir.resolve("theme.yaml"), "colors:\n  primary: blue\n");
        assertTrue(assertThrows(TemplateException.class, () -> new ThemeLoader().load(f)).getMessage()
                .contains("theme.yaml:2: colour 'blue' for primary, expected #RRGGBB"));
        Path g = Files.writeString(dir.resolve("theme.yaml"), "fonts:\n  regular: nowhere.ttf\n");
        assertTrue(assertThrows(TemplateException.class, () -> new ThemeLoader().load(g)).getMessage()
                .contains("theme.yaml:2: font file 'nowhere.ttf' not found"));
        Path h = Files.writeString(dir.resolve("theme.yaml"), "colours:\n  primary: \"#000000\"\n");
        assertTrue(assertThrows(TemplateException.class, () -> new ThemeLoader().load(h)).getMessage()
                .contains("(did you mean 'colors'?)"));
    }

    @Test
    void missingThemeFileIsATemplateError() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> new ThemeLoader().load(dir.resolve("none.yaml")));
        assertTrue(e.getMessage().contains("not found, expected a YAML theme"), e.getMessage());
    }
}
