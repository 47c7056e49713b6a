package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.careerbench.report.Words;
import org.junit.jupiter.api.Test;

class GroupLabelsTest {
    @Test
    void aBlankValueIsALabelledGroupInTheReadersLanguage() {
        GroupLabels english = new GroupLabels(Words.english());
        assertEquals("— (not given)", english.shown(""));
        assertEquals("— (not given)", english.shown("  "));
        assertEquals(List.of("Senior", "— (not given)"), english.shown(List.of("Senior", "")));
        assertEquals("— (keine Angabe)", new GroupLabels(Words.of("de")).shown(""));
    }

    private static final org.careerbench.template.ValueLabels LABELS = new org.careerbench.template.ValueLabels(
            java.util.Map.of(org.careerbench.data.SalaryDimension.REGION, java.util.Map.of("Europe",
                    new org.careerbench.template.ValueLabels.Label("Europa", java.util.Optional.empty(),
                            java.util.Optional.empty())),
                    org.careerbench.data.SalaryDimension.LEVEL, java.util.Map.of("Mid",
                    new org.careerbench.template.ValueLabels.Label("erfahrene", java.util.Optional.empty(),
                            java.util.Optional.empty()))));

    @Test
    void aReaderSeesTheTemplatesLabelOfARegionButALevelKeepsTheDatasWord() {
        GroupLabels pdf = new GroupLabels(Words.of("de"), LABELS, true);
        assertEquals(List.of("Europa", "Mid"), pdf.shown(List.of(org.careerbench.data.SalaryDimension.REGION,
                org.careerbench.data.SalaryDimension.LEVEL), List.of("Europe", "Mid")));
        assertEquals("Latin America", pdf.shown(org.careerbench.data.SalaryDimension.REGION, "Latin America"));
        assertEquals("— (keine Angabe)", pdf.shown(org.careerbench.data.SalaryDimension.REGION, ""));
    }

    @Test
    void aWorkbookKeepsEveryValueAsTheDataHasItForItsFormulas() {
        GroupLabels xlsx = new GroupLabels(Words.of("de"), LABELS, false);
        assertEquals("Europe", xlsx.shown(org.careerbench.data.SalaryDimension.REGION, "Europe"));
    }

    @Test
    void aKeyWithoutItsColumnIsLabelledOnlyWhenOneNonLevelColumnLabelsIt() {
        GroupLabels pdf = new GroupLabels(Words.of("de"), LABELS, true);
        assertEquals("Europa", pdf.shownInAnyColumn("Europe"));
        assertEquals("Mid", pdf.shownInAnyColumn("Mid"), "a level keeps the data's word");
        assertEquals("— (keine Angabe)", pdf.shownInAnyColumn(""));
        org.careerbench.template.ValueLabels twice = new org.careerbench.template.ValueLabels(java.util.Map.of(
                org.careerbench.data.SalaryDimension.REGION, java.util.Map.of("Georgia", label("Georgien")),
                org.careerbench.data.SalaryDimension.COUNTRY, java.util.Map.of("Georgia", label("Georgien (Land)"))));
        assertEquals("Georgia", new GroupLabels(Words.of("de"), twice, true).shownInAnyColumn("Georgia"),
                "two columns label the value differently: it keeps the data's word");
        assertEquals("Europe", new GroupLabels(Words.of("de"), LABELS, false).shownInAnyColumn("Europe"));
    }

    private static org.careerbench.template.ValueLabels.Label label(String text) {
        return new org.careerbench.template.ValueLabels.Label(text, java.util.Optional.empty(), java.util.Optional.empty());
    }
}
