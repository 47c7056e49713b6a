package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 30: every figure of the shipped pay transparency report, as figures.csv files it, equals
 * this test's own arithmetic over input/roster.csv — written here from the definitions, without
 * the application's statistics — and the report shows it; the German report reads German.
 */
class PayTransparencyReportTest {
    /** One employee as this test reads the roster. */
    record Person(boolean woman, String category, double basic, double variable, double hours) {
        double hourly() {
            return (basic + variable) / hours;
        }

        double basicHourly() {
            return basic / hours;
        }
    }

    private static final List<Person> PEOPLE = new ArrayList<>();
    private static int otherwise;
    private static Map<String, Double> figures;
    private static String pdf;
    private static String german;
    private static String cover;
    private static String germanCover;

    @BeforeAll
    static void read() throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of("input/roster.csv"), StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : p) {
                String sex = r.get("sex");
                double weekly = r.get("weekly_hours").isEmpty() ? Double.parseDouble(r.get("fte")) * 40
                        : Double.parseDouble(r.get("weekly_hours"));
                if (!sex.equals("f") && !sex.equals("m")) {
                    otherwise++;
                    continue;
                }
                PEOPLE.add(new Person(sex.equals("f"), r.get("category"), Double.parseDouble(r.get("base_salary")),
                        r.get("variable_pay").isEmpty() ? 0 : Double.parseDouble(r.get("variable_pay")), weekly * 52));
            }
        }
        Map<Path, List<String>> texts = ShippedDeliverables.texts();
        Path report = texts.keySet().stream().filter(f -> f.getFileName().toString().equals("pay-transparency.pdf"))
                .findFirst().orElseThrow();
        pdf = String.join("\n", texts.get(report)).replaceAll("\\s+", " ");
        german = String.join("\n", texts.get(report.resolveSibling("lohntransparenz.pdf"))).replaceAll("\\s+", " ");
        cover = texts.get(report).get(0);
        germanCover = texts.get(report.resolveSibling("lohntransparenz.pdf")).get(0);
        figures = new HashMap<>();
        try (Reader in = Files.newBufferedReader(report.resolveSibling("figures.csv"), StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : p) {
                if (r.get("report").equals("pay-transparency.pdf") && !r.get("value").isEmpty()) {
                    figures.put(r.get("block") + " / " + r.get("keys") + " / " + r.get("statistic"),
                            Double.parseDouble(r.get("value")));
                }
            }
        }
    }

    private static double mean(List<Double> v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.size();
    }

    /** The median: the middle value, or the mean of the two middle values. */
    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static List<Double> of(List<Person> people, boolean women, java.util.function.ToDoubleFunction<Person> f) {
        return people.stream().filter(p -> p.woman() == women).mapToDouble(f).boxed().toList();
    }

    private static void filed(String key, double expected) {
        Double v = figures.get(key);
        assertTrue(v != null, "figures.csv files " + key + ": " + new TreeMap<>(figures).keySet());
        assertEquals(expected, v, 1e-9, key);
    }

    @Test
    void theGapsAndSharesOfArticleNineAreTheRostersOwn() {
        double menMean = mean(of(PEOPLE, false, Person::hourly));
        double womenMean = mean(of(PEOPLE, true, Person::hourly));
        filed("PayGap / mean / gap", (menMean - womenMean) / menMean);
        filed("PayGap / mean | women / value", womenMean);
        double menMedian = median(of(PEOPLE, false, Person::hourly));
        double womenMedian = median(of(PEOPLE, true, Person::hourly));
        filed("PayGap / median / gap", (menMedian - womenMedian) / menMedian);
        List<Person> receiving = PEOPLE.stream().filter(p -> p.variable() > 0).toList();
        double menVariable = mean(of(receiving, false, Person::variable));
        double womenVariable = mean(of(receiving, true, Person::variable));
        filed("PayGap / variable mean / gap", (menVariable - womenVariable) / menVariable);
        double menVariableMedian = median(of(receiving, false, Person::variable));
        filed("PayGap / variable median / gap", (menVariableMedian - median(of(receiving, true, Person::variable)))
                / menVariableMedian);
        long women = PEOPLE.stream().filter(Person::woman).count();
        filed("PayGap / receiving | women / share", receiving.stream().filter(Person::woman).count() / (double) women);
        filed("PayGap / receiving | men / share", receiving.stream().filter(p -> !p.woman()).count()
                / (double) (PEOPLE.size() - women));
        filed("PayGap / headcount | women / n", women);
        assertEquals(4, otherwise, "the sample's four employees recorded x are counted, not compared");
        String gap = String.format(java.util.Locale.ROOT, "%.1f%%", 100 * (menMean - womenMean) / menMean);
        assertTrue(pdf.contains("(a) Mean hourly pay " + String.format(java.util.Locale.ROOT, "%.2f", womenMean)),
                pdf);
        assertTrue(pdf.contains(gap), "the report shows the mean gap " + gap);
        assertTrue(pdf.contains("In brief Women's mean hourly pay is " + gap + " below men's; the gap in the median is "
                + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * (menMedian - womenMedian) / menMedian) + "."),
                "the cover leads with the mean gap: " + pdf);
        assertTrue(pdf.contains("Counted but not compared: 4 recorded neither female nor male"), pdf);
    }

    @Test
    void theQuartileBandsHoldTheirShareOfWomen() {
        List<Person> ranked = new ArrayList<>(PEOPLE);
        ranked.sort((a, b) -> Double.compare(a.hourly(), b.hourly()));
        int n = ranked.size();
        // Runs of equal hourly pay: where one straddles a cut, its women are spread in proportion:
        // of its first j places, floor((women × j + floor(run / 2)) / run) go to women (half rounds up).
        int[] womenInBand = new int[4];
        int[] people = new int[4];
        int s = 0;
        int ties = 0;
        while (s < n) {
            int e = s;
            while (e < n && ranked.get(e).hourly() == ranked.get(s).hourly()) {
                e++;
            }
            int run = e - s;
            int f = (int) ranked.subList(s, e).stream().filter(Person::woman).count();
            for (int q = 0; q < 4; q++) {
                int from = (int) Math.ceil(q * n / 4.0);
                int to = (int) Math.ceil((q + 1) * n / 4.0);
                int j1 = Math.max(0, Math.min(run, from - s));
                int j2 = Math.max(0, Math.min(run, to - s));
                womenInBand[q] += Math.floorDiv(f * j2 + run / 2, run) - Math.floorDiv(f * j1 + run / 2, run);
                people[q] += j2 - j1;
                if (j1 > 0 && j1 < run && f > 0 && f < run) {
                    ties++;
                }
            }
            s = e;
        }
        for (int q = 0; q < 4; q++) {
            filed("Quartiles / Q" + (q + 1) + " / women", womenInBand[q] / (double) people[q]);
        }
        assertTrue(ties > 0, "the sample has a tie of women and men across a cut, so the rule is exercised");
    }

    @Test
    void eachCategoryWithFiveWomenAndFiveMenHasItsGapsAndTheAssessmentCountIsRight() {
        Map<String, List<Person>> byCategory = new TreeMap<>();
        PEOPLE.forEach(p -> byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p));
        int due = 0;
        for (Map.Entry<String, List<Person>> e : byCategory.entrySet()) {
            List<Person> c = e.getValue();
            long women = c.stream().filter(Person::woman).count();
            String key = "Categories / " + e.getKey() + " / ";
            if (women < 5 || c.size() - women < 5) {
                assertFalse(figures.containsKey(key + "gap"), e.getKey() + " is withheld");
                continue;
            }
            double men = mean(of(c, false, Person::hourly));
            double gap = (men - mean(of(c, true, Person::hourly))) / men;
            filed(key + "gap", gap);
            double menBasic = mean(of(c, false, Person::basicHourly));
            filed(key + "basic gap", (menBasic - mean(of(c, true, Person::basicHourly))) / menBasic);
            if (Math.abs(gap) >= 0.05) {
                due++;
            }
        }
        filed("Categories / joint pay assessment / n", due);
        assertTrue(due > 0, "the synthetic roster has a category to assess");
        assertTrue(pdf.contains("due: gap of 5% or more"), pdf);
    }

    /** The pay report names no career field: its cover showed "Career field:" / "Berufsfeld:" with nothing after. */
    @Test
    void anEmptyCareerFieldLabelOnTheCover() {
        assertFalse(cover.contains("Career field"), cover);
        assertFalse(germanCover.contains("Berufsfeld"), germanCover);
        assertTrue(cover.contains("Period: November 2026"), cover);
    }

    @Test
    void theGermanReportReadsGerman() {
        assertTrue(german.contains("Kurz gesagt Das mittlere Stundenentgelt der Frauen liegt "), german);
        for (String word : Arrays.asList("Geschlechtsspezifisches Entgeltgefälle", "Mittleres Stundenentgelt",
                "Entgeltquartil", "Gemeinsame Entgeltbewertung", "erforderlich", "Frauen", "Männer")) {
            assertTrue(german.contains(word), word + " in " + german);
        }
        for (String english : List.of("Mean hourly pay", "Women", "Men ", "Joint pay assessment", "not due",
                "Quartile pay band")) {
            assertFalse(german.contains(english), english + " in the German report: " + german);
        }
    }
}
