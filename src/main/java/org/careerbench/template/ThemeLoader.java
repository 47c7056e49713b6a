package org.careerbench.template;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careerbench.report.Theme;
import org.careerbench.report.ThemeFont;
import org.careerbench.handwritten.Fence;
import org.careerbench.handwritten.HandWrittenFile;
import org.careerbench.handwritten.KeyReader;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.handwritten.YamlNode;

/**
 * Loads a theme file (YAML). Fonts are either {@code bundled:NAME} (a TTF shipped with
 * CareerBench: DejaVuSans, DejaVuSans-Bold, DejaVuSans-Oblique, DejaVuSans-BoldOblique)
 * or a path to a TTF file relative to the theme file. Every key is optional; a key with a
 * mistake is a problem at its line and falls back to the default, so that every mistake of the
 * file is found at once.
 */
public final class ThemeLoader {
    static final List<String> BUNDLED = List.of("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique",
            "DejaVuSans-BoldOblique");

    /**
     * Loads {@code file}, or throws every mistake it has.
     *
     * @throws TemplateException listing each problem with its line
     * @throws IOException       when a font or logo cannot be read
     */
    public Theme load(Path file) throws TemplateException, IOException {
        Problems problems = new Problems();
        Theme theme = load(file, file, 0, problems);
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        return theme;
    }

    /**
     * Loads {@code file}, adding its mistakes to {@code problems}.
     *
     * @param template the template naming the theme, and the line it does so, for a missing file
     * @throws IOException when a font or logo cannot be read
     */
    public Theme load(Path file, Path template, int line, Problems problems) throws IOException {
        YamlNode root = new YamlNode.Mapping(List.of(), 1);
        Fence fence = Fence.around(template);
        if (!fence.contains(file)) {
            // Never read: its content must not be quoted back in a problem.
            problems.add(template, line, Problem.Kind.FILE, "theme file " + file + " is outside the templates folder "
                    + fence.folder() + " (or reached through a link that leads out of it); expected a YAML theme "
                    + "beside the template");
        } else if (Files.isRegularFile(file)) {
            root = HandWrittenFile.yaml(file, fence, "a YAML theme", problems).orElse(root);
        } else {
            problems.add(template, line, Problem.Kind.FILE, "theme file " + file + " not found, expected a YAML "
                    + "theme beside the template");
        }
        KeyReader t = KeyReader.of(file, root, "the theme", problems);
        String organisation = t.text("organisation", "CareerBench");
        byte[] logo = logo(t, fence);
        KeyReader colors = nested(t, "colors");
        Color primary = color(colors, "primary", "#1F4E79");
        Color accent = color(colors, "accent", "#C55A11");
        Color text = color(colors, "text", "#222222");
        Color muted = color(colors, "muted", "#6B7280");
        Color zebra = color(colors, "zebra", "#F2F5F9");
        List<Color> series = series(colors);
        colors.finish();
        KeyReader fonts = nested(t, "fonts");
        ThemeFont regular = font(fonts, "regular", "bundled:DejaVuSans", fence);
        ThemeFont bold = font(fonts, "bold", "bundled:DejaVuSans-Bold", fence);
        ThemeFont italic = font(fonts, "italic", "bundled:DejaVuSans-Oblique", fence);
        float size = (float) fonts.number("size", 0, 72, "10").orElse(10);
        fonts.finish();
        KeyReader page = nested(t, "page");
        String pageSize = page.text("size", "A4");
        if (!pageSize.equals("A4") && !pageSize.equals("Letter")) {
            page.unknownValue("size", page.valueLine("size"), pageSize, List.of("A4", "Letter"));
            pageSize = "A4";
        }
        float margin = (float) page.number("margin-mm", 0, 100, "18").orElse(18);
        page.finish();
        t.finish();
        return Theme.builder(organisation, regular, bold, italic).colors(primary, accent, text, muted, zebra)
                .series(series).fontSize(size).page(pageSize, margin).logo(logo).build();
    }

    private static KeyReader nested(KeyReader t, String key) {
        return t.mapping(key, key).orElse(KeyReader.of(t.file(), new YamlNode.Mapping(List.of(), t.lineOf(key)), key,
                t.problems()));
    }

    private static byte[] logo(KeyReader t, Fence fence) throws IOException {
        Optional<String> spec = t.text("logo");
        if (spec.isEmpty() || spec.get().isBlank()) {
            return new byte[0];
        }
        Path path = t.file().resolveSibling(spec.get());
        if (!fence.contains(path)) {
            t.problem("logo", Problem.Kind.FILE, "logo '" + spec.get() + "' is outside the templates folder "
                    + fence.folder() + "; expected a .png or .jpg file beside the theme");
            return new byte[0];
        }
        if (!Files.isRegularFile(path) || !spec.get().toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g)$")) {
            t.problem("logo", Problem.Kind.FILE, "logo '" + spec.get() + "' not found at " + path
                    + ", expected a .png or .jpg file beside the theme");
            return new byte[0];
        }
        byte[] bytes = Files.readAllBytes(path);
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        if (!png && !jpeg) {
            t.problem("logo", Problem.Kind.FILE, "logo '" + spec.get() + "' is not a PNG or JPEG image; expected a "
                    + ".png or .jpg file beside the theme");
            return new byte[0];
        }
        return bytes;
    }

    private static Color color(KeyReader colors, String key, String fallback) {
        String hex = colors.text(key, fallback);
        return parse(colors, key, colors.valueLine(key), hex).orElse(Color.decode(fallback));
    }

    private static Optional<Color> parse(KeyReader colors, String key, int line, String hex) {
        if (!hex.matches("#[0-9A-Fa-f]{6}")) {
            colors.problems().add(colors.file(), line, Problem.Kind.UNKNOWN_VALUE, "colour '" + hex + "' for " + key
                    + ", expected #RRGGBB");
            return Optional.empty();
        }
        return Optional.of(new Color(Integer.parseInt(hex.substring(1), 16)));
    }

    private static List<Color> series(KeyReader colors) {
        List<Color> defaults = Theme.DEFAULT_SERIES;
        Optional<List<YamlNode.Scalar>> items = colors.list("series");
        if (items.isEmpty() || items.get().isEmpty()) {
            return defaults;
        }
        List<Color> result = new ArrayList<>();
        for (YamlNode.Scalar s : items.get()) {
            parse(colors, "series", s.line(), s.text()).ifPresent(result::add);
        }
        return result.isEmpty() ? defaults : result;
    }

    private static ThemeFont font(KeyReader fonts, String key, String fallback, Fence fence) throws IOException {
        String spec = fonts.text(key, fallback);
        if (spec.startsWith("bundled:")) {
            String name = spec.substring("bundled:".length());
            if (!BUNDLED.contains(name)) {
                fonts.unknownValue("bundled font", fonts.valueLine(key), name, BUNDLED);
                name = fallback.substring("bundled:".length());
            }
            return bundled(name);
        }
        Path path = fonts.file().resolveSibling(spec);
        if (!fence.contains(path)) {
            fonts.problem(key, Problem.Kind.FILE, "font file '" + spec + "' is outside the templates folder "
                    + fence.folder() + "; expected a .ttf file beside the theme or bundled:NAME");
            return bundled(fallback.substring("bundled:".length()));
        }
        if (!Files.isRegularFile(path)) {
            fonts.problem(key, Problem.Kind.FILE, "font file '" + spec + "' not found at " + path
                    + ", expected a .ttf file or bundled:NAME");
            return bundled(fallback.substring("bundled:".length()));
        }
        String name = path.getFileName().toString().replaceFirst("\\.[tT][tT][fF]$", "");
        byte[] bytes = Files.readAllBytes(path);
        if (!isTrueType(bytes)) {
            // Found now, by validate as by run, not when the first PDF embeds it.
            fonts.problem(key, Problem.Kind.FILE, "font file '" + spec + "' is not a TrueType font; expected a .ttf "
                    + "file or bundled:NAME");
            return bundled(fallback.substring("bundled:".length()));
        }
        return new ThemeFont(name, bytes);
    }

    /**
     * A TrueType font as the PDF and chart renderers embed it: the TrueType signature, and a table
     * directory within the file that holds the tables a renderer needs (outlines in glyf). Read from
     * the bytes alone — loading it with AWT here would leave a temporary file and a shutdown hook.
     */
    static boolean isTrueType(byte[] bytes) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        if (bytes.length < 12 || !(b.getInt(0) == 0x00010000 || b.getInt(0) == 0x74727565)) {
            return false;
        }
        int tables = Short.toUnsignedInt(b.getShort(4));
        if (12 + 16L * tables > bytes.length) {
            return false;
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            long offset = Integer.toUnsignedLong(b.getInt(at + 8));
            long length = Integer.toUnsignedLong(b.getInt(at + 12));
            if (offset + length > bytes.length) {
                return false;
            }
            found.add(new String(bytes, at, 4, StandardCharsets.ISO_8859_1));
        }
        return found.containsAll(List.of("cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"));
    }

    private static ThemeFont bundled(String name) throws IOException {
        try (InputStream in = ThemeLoader.class.getResourceAsStream("/org/careerbench/fonts/" + name + ".ttf")) {
            return new ThemeFont(name, in.readAllBytes());
        }
    }
}
