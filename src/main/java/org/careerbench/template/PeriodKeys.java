package org.careerbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.careerbench.handwritten.KeyReader;
import org.careerbench.diagnostics.Problem;
import org.careerbench.handwritten.YamlNode;

/**
 * The keys by which a block looks back at earlier published periods: {@code change:} (on key
 * figures and benchmark tables), and {@code figures:} and {@code periods:} (on history blocks).
 */
final class PeriodKeys {
    private PeriodKeys() {
    }

    /** The periods a figure or table column is compared with: {@code previous}, {@code year}, or both. */
    static List<Comparison> change(KeyReader r) {
        Optional<List<YamlNode.Scalar>> items = r.list("change");
        List<Comparison> result = new ArrayList<>();
        for (YamlNode.Scalar s : items.orElse(List.of())) {
            Optional<Comparison> c = java.util.Arrays.stream(Comparison.values())
                    .filter(x -> x.word().equals(s.text())).findFirst();
            if (c.isEmpty()) {
                r.unknownValue("comparison", s.line(), s.text(), List.of("previous", "year"));
            } else if (!result.contains(c.get())) {
                result.add(c.get());
            }
        }
        return result;
    }

    /** The key figure ids a history block follows: required, one or a list. */
    static List<String> figureIds(KeyReader r) {
        Optional<List<YamlNode.Scalar>> ids = r.list("figures");
        if (ids.isEmpty() || ids.get().isEmpty()) {
            r.required("figures");
            return List.of();
        }
        return ids.get().stream().map(YamlNode.Scalar::text).toList();
    }

    /** How many published periods a history block shows, this one included: 2 to 60, default 12. */
    static int periods(KeyReader r) {
        OptionalInt n = r.wholeNumber("periods", 2);
        if (n.isPresent() && n.getAsInt() > 60) {
            r.problem("periods", Problem.Kind.UNKNOWN_VALUE, "periods " + n.getAsInt() + " in " + r.where()
                    + " is more than a history shows; expected 2 to 60 (five years of monthly runs)");
            return 60;
        }
        return n.orElse(12);
    }
}
