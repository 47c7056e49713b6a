package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.Words;
import org.careerbench.template.ValueLabels;
import org.junit.jupiter.api.Test;

/** Which observations a figure stands on, in the reader's words and never as a filter expression. */
class PopulationWordsTest {
    private static final ValueLabels LABELS = new ValueLabels(Map.of(
            SalaryDimension.ROLE_FAMILY, Map.of("SRE & ML Infrastructure", new ValueLabels.Label(
                    "SRE & ML infrastructure engineer", Optional.of("SRE & ML infrastructure engineers"),
                    Optional.empty())),
            SalaryDimension.LEVEL, Map.of("Senior", new ValueLabels.Label("senior", Optional.empty(), Optional.empty())),
            SalaryDimension.COUNTRY, Map.of("US", new ValueLabels.Label("US", Optional.empty(),
                    Optional.of("in the US")))));
    private static final PopulationWords EN = new PopulationWords(Words.of("en"), LABELS);
    private static final PopulationWords BARE = new PopulationWords(Words.of("en"), ValueLabels.NONE);

    private static SalaryFilter where(Object... pairs) {
        Map<SalaryDimension, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            m.put((SalaryDimension) pairs[i], v instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                    : List.of((String) v));
        }
        return new SalaryFilter(m);
    }

    private static final SalaryFilter SENIOR_SRE_US = where(SalaryDimension.ROLE_FAMILY, "SRE & ML Infrastructure",
            SalaryDimension.LEVEL, "Senior", SalaryDimension.COUNTRY, "US");

    @Test
    void aCountReadsAsASentenceWithTheLabels() {
        assertEquals("84 senior SRE & ML infrastructure engineers in the US", EN.counted(84, SENIOR_SRE_US));
        assertEquals("one senior SRE & ML infrastructure engineer in the US", EN.counted(1, SENIOR_SRE_US));
        assertEquals("no senior SRE & ML infrastructure engineers in the US", EN.counted(0, SENIOR_SRE_US));
    }

    @Test
    void aCaptionPutsThePlaceAfterACommaAndCapitalisesNothing() {
        assertEquals("senior SRE & ML infrastructure engineers, US", EN.caption(SENIOR_SRE_US));
        assertEquals("all salary observations", EN.caption(SalaryFilter.ALL));
        assertEquals("all salary observations", EN.group(SalaryFilter.ALL));
    }

    @Test
    void withoutLabelsValuesAreWrittenAsTheDataHasThem() {
        assertEquals("12 Senior people in SRE & ML Infrastructure in US", BARE.counted(12, SENIOR_SRE_US));
    }

    @Test
    void alternativesAreJoinedWithOr() {
        SalaryFilter two = where(SalaryDimension.COUNTRY, List.of("US", "CA"));
        assertEquals("in US or CA", BARE.group(two).replace("people ", ""));
        assertEquals("US or CA", BARE.scope(two));
    }

    @Test
    void otherColumnsAreNamedByTheirDisplayNameAndCurrencyAsPaidIn() {
        SalaryFilter f = where(SalaryDimension.COMPANY_SIZE, "Large", SalaryDimension.CURRENCY, "EUR");
        assertEquals("people, company size Large, paid in EUR", BARE.group(f));
        assertEquals("company size Large, paid in EUR", BARE.scope(f));
    }

    @Test
    void aJobTitleNamesPeopleByTitleWhenUnlabelled() {
        assertEquals("people titled Data Engineer", BARE.group(where(SalaryDimension.JOB_TITLE, "Data Engineer")));
    }

    @Test
    void theScopeIsTheFilterWithoutThePeople() {
        assertEquals("senior, US, SRE & ML infrastructure engineer", EN.scope(SENIOR_SRE_US));
        assertEquals("", EN.scope(SalaryFilter.ALL));
    }

    @Test
    void germanWordsForTheSameFilter() {
        PopulationWords de = new PopulationWords(Words.of("de"), ValueLabels.NONE);
        String text = de.counted(3, where(SalaryDimension.COUNTRY, "DE"));
        assertEquals(true, text.startsWith("3 "), text);
        assertEquals(false, text.contains("people"), text);
    }
}
