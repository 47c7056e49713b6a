package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.Words;
import org.careerbench.template.ValueLabels;

/**
 * Says which salary observations a figure stands on in the reader's words, never as a filter
 * expression: "84 senior SRE &amp; ML infrastructure engineers in the US" after a count,
 * "Senior SRE &amp; ML infrastructure engineers, US" as a caption. Values are named by the
 * template's labels, columns by their display names in the message bundle.
 */
final class PopulationWords {
    private final Words words;
    private final ValueLabels labels;

    PopulationWords(Words words, ValueLabels labels) {
        this.words = words;
        this.labels = labels;
    }

    /** "84 senior SRE & ML infrastructure engineers in the US"; "one …" for a single observation. */
    String counted(long n, SalaryFilter filter) {
        return words.get("population.counted", n, phrase(filter, false), phrase(filter, true));
    }

    /** "senior SRE & ML infrastructure engineers in the US", or "all salary observations". */
    String group(SalaryFilter filter) {
        return filter.conditions().isEmpty() ? words.get("population.all") : phrase(filter, true);
    }

    /** "senior SRE & ML infrastructure engineers, US", or "all salary observations": a caption's words. */
    String caption(SalaryFilter filter) {
        if (filter.conditions().isEmpty()) {
            return words.get("population.all");
        }
        List<String> parts = new ArrayList<>();
        parts.add(who(filter, true));
        for (SalaryDimension d : List.of(SalaryDimension.COUNTRY, SalaryDimension.REGION)) {
            values(filter, d).ifPresent(v -> parts.add(words.orList(texts(d, v))));
        }
        parts.addAll(others(filter));
        return String.join(", ", parts);
    }

    /** Where and what else, without the people: "US", "US, company size Large"; empty for no such condition. */
    String scope(SalaryFilter filter) {
        List<String> parts = new ArrayList<>();
        for (SalaryDimension d : List.of(SalaryDimension.LEVEL, SalaryDimension.COUNTRY, SalaryDimension.REGION,
                SalaryDimension.JOB_TITLE, SalaryDimension.ROLE_FAMILY)) {
            values(filter, d).ifPresent(v -> parts.add(words.orList(texts(d, v))));
        }
        parts.addAll(others(filter));
        return String.join(", ", parts);
    }

    /** One value as readers see it, e.g. "senior" for level Senior. */
    String value(SalaryDimension column, String value) {
        return labels.of(column, value).map(ValueLabels.Label::text).orElse(value);
    }

    private String phrase(SalaryFilter filter, boolean plural) {
        List<String> parts = new ArrayList<>();
        parts.add(who(filter, plural));
        for (SalaryDimension d : List.of(SalaryDimension.COUNTRY, SalaryDimension.REGION)) {
            values(filter, d).ifPresent(v -> parts.add(place(d, v)));
        }
        String phrase = String.join(" ", parts);
        List<String> others = others(filter);
        return others.isEmpty() ? phrase : phrase + ", " + String.join(", ", others);
    }

    /** Level words before the people: "senior SRE & ML infrastructure engineers". */
    private String who(SalaryFilter filter, boolean plural) {
        String people;
        var titles = values(filter, SalaryDimension.JOB_TITLE);
        var families = values(filter, SalaryDimension.ROLE_FAMILY);
        if (titles.isPresent()) {
            people = named(SalaryDimension.JOB_TITLE, titles.get(), plural, "population.title.");
        } else if (families.isPresent()) {
            people = named(SalaryDimension.ROLE_FAMILY, families.get(), plural, "population.family.");
        } else {
            people = words.get(plural ? "population.people.other" : "population.people.one");
        }
        return values(filter, SalaryDimension.LEVEL)
                .map(levels -> words.orList(texts(SalaryDimension.LEVEL, levels)) + " " + people).orElse(people);
    }

    /** Values with labels naming people use them; the others fall back to "people in X". */
    private String named(SalaryDimension column, List<String> values, boolean plural, String fallbackKey) {
        if (values.stream().allMatch(v -> labels.of(column, v).isPresent())) {
            return words.orList(values.stream().map(v -> labels.of(column, v).get())
                    .map(l -> plural ? l.plural().orElse(l.text()) : l.text()).toList());
        }
        return words.get(fallbackKey + (plural ? "other" : "one"), words.orList(values));
    }

    /** "in the US" from the label, else "in US or CA". */
    private String place(SalaryDimension column, List<String> values) {
        if (values.size() == 1) {
            var label = labels.of(column, values.get(0));
            if (label.isPresent() && label.get().place().isPresent()) {
                return label.get().place().get();
            }
        }
        return words.get("population.place", words.orList(texts(column, values)));
    }

    /** Conditions on other columns: "company size Large", "year 2024", "paid in EUR". */
    private List<String> others(SalaryFilter filter) {
        List<String> parts = new ArrayList<>();
        filter.conditions().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(c -> {
            SalaryDimension d = c.getKey();
            switch (d) {
                case ROLE_FAMILY, JOB_TITLE, LEVEL, COUNTRY, REGION -> {
                    // said by who(...) and place(...)
                }
                case CURRENCY -> parts.add(words.get("population.paid-in", words.orList(c.getValue())));
                default -> parts.add(words.get("population.other", words.get("column." + d.column()),
                        words.orList(texts(d, c.getValue()))));
            }
        });
        return parts;
    }

    private java.util.Optional<List<String>> values(SalaryFilter filter, SalaryDimension d) {
        return java.util.Optional.ofNullable(filter.conditions().get(d));
    }

    private List<String> texts(SalaryDimension column, List<String> values) {
        return values.stream().map(v -> value(column, v)).toList();
    }
}
