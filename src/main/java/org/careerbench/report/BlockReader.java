package org.careerbench.report;

import java.util.List;
import java.util.Map;
import org.careerbench.template.ContentSpec;
import org.careerbench.template.Suggestions;
import org.careerbench.template.TemplateException;

/** Typed access to a data block's properties, with errors that name the template line. */
final class BlockReader {
    private final BuildContext ctx;
    private final Map<String, Object> properties;
    private final int line;
    private final Map<String, Integer> keyLines;

    BlockReader(BuildContext ctx, Map<String, Object> properties, int line) {
        this(ctx, properties, line, Map.of());
    }

    private BlockReader(BuildContext ctx, Map<String, Object> properties, int line, Map<String, Integer> keyLines) {
        this.ctx = ctx;
        this.properties = properties;
        this.line = line;
        this.keyLines = keyLines;
    }

    BlockReader(BuildContext ctx, ContentSpec.Block block) {
        this(ctx, block.properties(), block.line(), block.keyLines());
    }

    int line() {
        return line;
    }

    String text(String key, String fallback) {
        Object v = properties.get(key);
        return v == null ? fallback : String.valueOf(v);
    }

    String required(String key) throws TemplateException {
        Object v = properties.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw error("missing '" + key + ":'");
        }
        return String.valueOf(v);
    }

    /** A value that must be one of {@code allowed}. */
    String oneOf(String key, String fallback, List<String> allowed) throws TemplateException {
        String v = fallback.isEmpty() ? required(key) : text(key, fallback);
        if (!allowed.contains(v)) {
            throw error(key, "unknown " + key + " '" + v + "'" + Suggestions.didYouMean(v, allowed) + "; expected one of "
                    + allowed);
        }
        return v;
    }

    /** A single value or a list of values, as a list. */
    List<String> list(String key, List<String> fallback) {
        Object v = properties.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(v));
    }

    /** The block's filter combined with the report's population. */
    SalaryFilter filter() throws TemplateException {
        return SalaryFilter.parse(properties.get("filter"), ctx.file(), keyLines.getOrDefault("filter", line));
    }

    /** The block's pay element, or the template's; checked against the columns the data has. */
    PayElement pay() throws TemplateException {
        String key = text("pay", ctx.pay.key());
        PayElement p = PayElement.byKey(key).orElseThrow(() -> error("unknown pay element '" + key + "'"
                + Suggestions.didYouMean(key, List.of("base", "total-cash", "total-direct"))
                + "; expected base, total-cash or total-direct"));
        if (p != PayElement.BASE && ctx.population.stream().allMatch(o -> Double.isNaN(o.bonus()))
                && (p == PayElement.TOTAL_CASH || ctx.population.stream().allMatch(o -> Double.isNaN(o.equityAnnual())))) {
            throw error("pay element '" + key + "' needs a " + (p == PayElement.TOTAL_CASH ? "bonus" : "bonus or "
                    + "equity_grant") + " column in salaries, and the data has none; expected base");
        }
        return p;
    }

    TemplateException error(String problem) {
        return new TemplateException(ctx.file(), line, problem);
    }

    /** An error about {@code key}, at the line the key is written on. */
    TemplateException error(String key, String problem) {
        return new TemplateException(ctx.file(), keyLines.getOrDefault(key, line), problem);
    }
}
