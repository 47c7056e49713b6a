package org.careerbench.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void suggestsTheClosestNearMiss() {
        assertEquals(" (did you mean 'base_salary'?)", Suggestions.didYouMean("base_salry", List.of("level",
                "base_salary", "country")));
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertEquals("", Suggestions.didYouMean("zzzzzz", List.of("level", "country")));
    }

    @Test
    void editDistance() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(0, Suggestions.distance("", ""));
    }
}
