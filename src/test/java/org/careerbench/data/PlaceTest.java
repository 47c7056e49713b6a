package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceTest {
    @Test
    void eachSourceNamesAPositionInItsOwnTerms() {
        assertEquals("salaries.csv:12:9: column 'base_salary': found \"abc\", expected a number",
                Place.csv("salaries.csv").problem(12, 9, "base_salary", "\"abc\"", "a number").toString());
        Place sheet = Place.sheet("survey.xlsx", "Pay data", 3, 2);
        assertEquals("survey.xlsx:'Pay data'!C17: column 'base_salary': found \"abc\", expected a number",
                sheet.problem(17, 2, "base_salary", "\"abc\"", "a number").toString(),
                "the record's second field is column C when the header starts in B");
        assertEquals(3, sheet.headerLine());
        assertEquals("survey.xlsx:Pay data", sheet.name());
        assertEquals("salaries.mapping.yaml: query row 4, column 2: column 'year': found an empty value, expected a "
                + "whole number", Place.query("salaries.mapping.yaml").problem(4, 2, "year", "an empty value",
                "a whole number").toString());
    }
}
