package org.careerbench.report.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.careerbench.Builds;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.careerbench.template.BlockSpec;
import org.careerbench.template.TemplateLoader;
import org.careerbench.template.TemplateSpec;

/**
 * Build contexts for tests of one block factory: a template written in the test, over the sample
 * input, for November 2026 (effective date 1 November 2026, aged compound at 3% a year).
 */
final class Contexts {
    private static InputData sample;

    private Contexts() {
    }

    /** The sample input, read once. */
    static synchronized InputData sample() {
        if (sample == null) {
            try {
                sample = new InputLoader().load(Path.of("input"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return sample;
    }

    /** A template of {@code format} for {@code audience}, population SRE & ML Infrastructure, with {@code body}. */
    static TemplateSpec template(Path dir, String format, String audience, String body) {
        try {
            Files.writeString(dir.resolve("theme.yaml"), "");
            Path t = Files.writeString(dir.resolve("t.md"), """
                    ---
                    title: Test
                    format: %s
                    audience: %s
                    parameters:
                      population: {role_family: SRE & ML Infrastructure}
                      level-order: [Entry, Mid, Senior, Executive]
                    ---
                    """.formatted(format, audience) + body);
            return new TemplateLoader().load(t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.careerbench.template.TemplateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The context of {@code spec}'s report over the sample. */
    static BuildContext of(TemplateSpec spec) {
        return new ReportBuilder(sample()).context(spec, new ReportContext(YearMonth.of(2026, 11), Builds.CREATED));
    }

    /** The {@code i}th block of {@code spec}. */
    static <T extends BlockSpec> T block(TemplateSpec spec, int i, Class<T> type) {
        List<BlockSpec> blocks = spec.blocks();
        return type.cast(blocks.get(i));
    }

    /** A fenced block of {@code kind} holding {@code yaml}. */
    static String fence(String kind, String yaml) {
        return "```" + kind + "\n" + yaml + "\n```\n\n";
    }
}
