package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careerbench.template.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
    @TempDir
    Path dir;

    private Theme shipped() throws Exception {
        return new ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), ""));
    }

    @Test
    void aBuilderNamingOnlyTheFontsGivesTheLookOfAnEmptyThemeFile() throws Exception {
        Theme loaded = shipped();
        Theme built = Theme.builder("CareerBench", loaded.regular(), loaded.bold(), loaded.italic()).build();
        assertEquals(loaded.primary(), built.primary());
        assertEquals(loaded.accent(), built.accent());
        assertEquals(loaded.text(), built.text());
        assertEquals(loaded.muted(), built.muted());
        assertEquals(loaded.zebra(), built.zebra());
        assertEquals(loaded.series(), built.series());
        assertEquals(loaded.fontSize(), built.fontSize());
        assertEquals(loaded.pageSize(), built.pageSize());
        assertEquals(loaded.marginMm(), built.marginMm());
        assertEquals(0, built.logo().length);
    }

    @Test
    void namedPartsAreKeptAndTheSeriesCannotChangeAfterwards() throws Exception {
        Theme loaded = shipped();
        List<Color> series = new ArrayList<>(List.of(Color.RED));
        Theme t = Theme.builder("Acme", loaded.regular(), loaded.bold(), loaded.italic()).series(series)
                .page("Letter", 25).fontSize(11).colors(Color.BLACK, Color.RED, Color.DARK_GRAY, Color.GRAY,
                        Color.WHITE).build();
        series.add(Color.BLUE);
        assertEquals(List.of(Color.RED), t.series());
        assertEquals("Letter", t.pageSize());
        assertEquals(25f, t.marginMm());
        assertEquals(11f, t.fontSize());
        assertEquals(Color.BLACK, t.primary());
        assertEquals("Acme", t.organisation());
    }
}
