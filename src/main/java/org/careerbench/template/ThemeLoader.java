package org.careerbench.template;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads a theme file (YAML). Fonts are either {@code bundled:NAME} (a TTF shipped with
 * CareerBench: DejaVuSans, DejaVuSans-Bold, DejaVuSans-Oblique, DejaVuSans-BoldOblique)
 * or a path to a TTF file relative to the theme file.
 */
public final class ThemeLoader {
    static final List<String> KEYS = List.of("organisation", "logo", "colors", "fonts", "page");
    static final List<String> COLOR_KEYS = List.of("primary", "accent", "text", "muted", "zebra", "series");
    static final List<String> FONT_KEYS = List.of("regular", "bold", "italic", "size");
    static final List<String> PAGE_KEYS = List.of("size", "margin-mm");

    /** Loads {@code file}; every key is optional and falls back to the default theme. */
    public Theme load(Path file) throws TemplateException, IOException {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TemplateException(file, 0, "theme file not found, expected a YAML theme here");
        }
        FrontMatter t = FrontMatter.parse(file, 1, yaml);
        t.requireKnownKeys(t.values(), KEYS, "the theme");
        Map<String, Object> colors = t.mapping(t.values(), "colors");
        t.requireKnownKeys(colors, COLOR_KEYS, "colors");
        Map<String, Object> fonts = t.mapping(t.values(), "fonts");
        t.requireKnownKeys(fonts, FONT_KEYS, "fonts");
        Map<String, Object> page = t.mapping(t.values(), "page");
        t.requireKnownKeys(page, PAGE_KEYS, "page");
        String pageSize = t.text(page, "size", "A4");
        if (!pageSize.equals("A4") && !pageSize.equals("Letter")) {
            throw new TemplateException(file, t.lineOf("size"), "page size '" + pageSize + "', expected A4 or Letter");
        }
        return new Theme(t.text("organisation", "CareerBench"),
                color(t, colors, "primary", "#1F4E79"), color(t, colors, "accent", "#C55A11"),
                color(t, colors, "text", "#222222"), color(t, colors, "muted", "#6B7280"),
                color(t, colors, "zebra", "#F2F5F9"), series(t, colors),
                font(t, fonts, "regular", "bundled:DejaVuSans"), font(t, fonts, "bold", "bundled:DejaVuSans-Bold"),
                font(t, fonts, "italic", "bundled:DejaVuSans-Oblique"),
                (float) number(t, fonts, "size", 10), pageSize, (float) number(t, page, "margin-mm", 18), logo(t));
    }

    private static byte[] logo(FrontMatter t) throws TemplateException, IOException {
        String spec = t.text("logo", "");
        if (spec.isEmpty()) {
            return new byte[0];
        }
        Path path = t.file().resolveSibling(spec);
        if (!Files.isRegularFile(path) || !spec.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|jpe?g)$")) {
            throw new TemplateException(t.file(), t.lineOf("logo"), "logo '" + spec + "' not found at " + path
                    + ", expected a .png or .jpg file beside the theme");
        }
        return Files.readAllBytes(path);
    }

    private static Color color(FrontMatter t, Map<String, Object> colors, String key, String fallback)
            throws TemplateException {
        return parseColor(t, key, t.text(colors, key, fallback));
    }

    private static Color parseColor(FrontMatter t, String key, String hex) throws TemplateException {
        if (!hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new TemplateException(t.file(), t.lineOf(key), "colour '" + hex + "' for " + key
                    + ", expected #RRGGBB");
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    private static List<Color> series(FrontMatter t, Map<String, Object> colors) throws TemplateException {
        Object v = colors.getOrDefault("series", List.of("#1F4E79", "#C55A11", "#2E8B57", "#7A5195", "#B8860B"));
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            throw new TemplateException(t.file(), t.lineOf("series"), "series must be a list of #RRGGBB colours");
        }
        List<Color> result = new ArrayList<>();
        for (Object o : list) {
            result.add(parseColor(t, "series", String.valueOf(o)));
        }
        return result;
    }

    private static double number(FrontMatter t, Map<String, Object> map, String key, double fallback)
            throws TemplateException {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n && n.doubleValue() > 0) {
            return n.doubleValue();
        }
        throw new TemplateException(t.file(), t.lineOf(key), "'" + key + "' must be a positive number, found "
                + FrontMatter.describe(v));
    }

    private static ThemeFont font(FrontMatter t, Map<String, Object> fonts, String key, String fallback)
            throws TemplateException, IOException {
        String spec = t.text(fonts, key, fallback);
        if (spec.startsWith("bundled:")) {
            String name = spec.substring("bundled:".length());
            try (InputStream in = ThemeLoader.class.getResourceAsStream("/org/careerbench/fonts/" + name + ".ttf")) {
                if (in == null) {
                    throw new TemplateException(t.file(), t.lineOf(key), "no bundled font '" + name
                            + "', expected DejaVuSans, DejaVuSans-Bold, DejaVuSans-Oblique or DejaVuSans-BoldOblique");
                }
                return new ThemeFont(name, in.readAllBytes());
            }
        }
        Path path = t.file().resolveSibling(spec);
        if (!Files.isRegularFile(path)) {
            throw new TemplateException(t.file(), t.lineOf(key), "font file '" + spec + "' not found at " + path
                    + ", expected a .ttf file or bundled:NAME");
        }
        String name = path.getFileName().toString().replaceFirst("\\.[tT][tT][fF]$", "");
        return new ThemeFont(name, Files.readAllBytes(path));
    }
}
