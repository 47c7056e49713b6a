package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbench.report.InputKey;
import org.careerbench.report.LiveValue;
import org.careerbench.stats.Statistic;
import org.junit.jupiter.api.Test;

/** Formula text for each live value, every value from data escaped for where it lands. */
class FormulasTest {
    private final Formulas formulas = new Formulas();
    private final Formulas.Place place = new Formulas.Place("Obs", List.of("Country", "Level", "Aged", "Index"), 3, 0);

    @Test
    void aLookupMatchesEveryKeyExactlyAndSaysWhenTheRowWithholdsTheFigure() {
        String key = "\"=\"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($B$%d,\"~\",\"~~\"),\"*\",\"~*\"),\"?\",\"~?\")";
        String keys = ",Bench[Level]," + key.formatted(5) + ",Bench[Reg'[ion]," + key.formatted(6);
        assertEquals("IF(COUNTIFS(Bench[P50],\">=0\"" + keys + ")=1,SUMIFS(Bench[P50]" + keys + "),\"\u2014\")",
                Formulas.lookup("Bench", List.of("Level", "Reg[ion"), List.of("$B$5", "$B$6"), "P50", "\u2014"));
        assertTrue(Formulas.lookup("T", List.of("Level"), List.of("$B$5"), "n", "say \"none\"")
                .endsWith(",\"say \"\"none\"\"\")"));
    }

    @Test
    void aMemberCellTestsEachConditionExactly() {
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        conditions.put("Country", List.of("US"));
        assertEquals("IF(EXACT(Obs[[#This Row],[Country]],\"US\"),Obs[[#This Row],[Aged]],\"\")",
                formulas.of(new LiveValue.Member(conditions, "Aged", 1.0), place));
        conditions.put("Level", List.of("Senior", "Say \"hi\""));
        assertEquals("IF(AND(EXACT(Obs[[#This Row],[Country]],\"US\"),OR(EXACT(Obs[[#This Row],[Level]],\"Senior\"),"
                + "EXACT(Obs[[#This Row],[Level]],\"Say \"\"hi\"\"\"))),Obs[[#This Row],[Aged]],\"\")",
                formulas.of(new LiveValue.Member(conditions, "Aged", ""), place));
    }

    @Test
    void aSharedMemberFormulaUsesRelativeReferencesOfItsRow() {
        assertEquals("IF(EXACT(A7,\"US\"),C7,\"\")", formulas.sharedAt(new LiveValue.Member(Map.of("Country",
                List.of("US")), "Aged", ""), place, 6));
        assertThrows(IllegalArgumentException.class, () -> formulas.sharedAt(new LiveValue.Member(Map.of("Region",
                List.of("US")), "Aged", ""), place, 6), "a column the table does not have");
    }

    @Test
    void aColumnStatisticReadsTheWholeColumnItsNameEscaped() {
        assertEquals("_xlfn.PERCENTILE.INC(Obs[Aged, US],0.50)",
                formulas.of(new LiveValue.ColumnStatistic("Obs", "Aged, US", Statistic.P50, 1.0), place));
        assertEquals("COUNT(Obs[a'[b']])", formulas.of(new LiveValue.ColumnStatistic("Obs", "a[b]", Statistic.N, 1.0),
                place));
        assertEquals("AVERAGE(Obs[Aged])", formulas.of(new LiveValue.ColumnStatistic("Obs", "Aged", Statistic.MEAN,
                1.0), place));
    }

    @Test
    void aCellStatisticMatchesItsKeyLiterally() {
        String f = formulas.of(new LiveValue.CellStatistic("Obs", "Cell", "Senior* | ?", "Aged", Statistic.N, 1.0),
                place);
        assertEquals("COUNTIF(Obs[Cell],\"=Senior~* | ~?\")", f);
        String p = formulas.of(new LiveValue.CellStatistic("Obs", "Cell", "A\"B", "Aged", Statistic.P90, 1.0), place);
        assertEquals("_xlfn.PERCENTILE.INC(OFFSET(INDEX(Obs[Aged],1),MATCH(\"A\"\"B\",Obs[Cell],0)-1,0,"
                + "COUNTIF(Obs[Cell],\"=A\"\"B\"),1),0.90)", p);
    }

    @Test
    void aTargetPercentileIsWithheldByTheRuleAndLocalisedByItsRowsIndex() {
        String f = formulas.of(new LiveValue.TargetPercentile("Obs", "Level", "Mid", "Aged, US", 5, 10,
                Optional.of("Index"), 1.0), place);
        String rows = "OFFSET(INDEX(Obs[Aged, US],1),MATCH(\"Mid\",Obs[Level],0)-1,0,COUNTIF(Obs[Level],\"=Mid\"),1)";
        assertEquals("IF(COUNT(" + rows + ")<IF(OR(TargetPercentile<0.25,TargetPercentile>0.75),10,5),\"\","
                + "_xlfn.PERCENTILE.INC(" + rows + ",TargetPercentile)*Obs[[#This Row],[Index]]/100)", f);
    }

    @Test
    void inputNamesAreUniqueWithoutRegardToCaseWhateverTheAreasName() {
        String a = formulas.name(InputKey.geoIndex("West Coast"));
        String b = formulas.name(InputKey.geoIndex("west coast"));
        String c = formulas.name(InputKey.geoIndex("=HYPERLINK(\"x\")"));
        assertEquals("GeoIndex_West_Coast", a);
        assertNotEquals(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT));
        assertEquals("GeoIndex_HYPERLINK_x", c);
        assertEquals(a, formulas.name(InputKey.geoIndex("West Coast")), "the same input, the same name");
        assertEquals("GeoIndex_area", formulas.name(InputKey.geoIndex("!!!")));
    }

    @Test
    void aPayGapIsMenLessWomenOverMenAndAGroupsNameIsTakenLiterally() {
        Formulas.Place gaps = new Formulas.Place("PayGap", List.of("Women", "Men", "Gap"), 3, 0);
        assertEquals("(PayGap[[#This Row],[Men]]-PayGap[[#This Row],[Women]])/PayGap[[#This Row],[Men]]",
                formulas.of(new LiveValue.Gap("Men", "Women", 0.1), gaps));
        assertEquals("Obs[[#This Row],[Country]]+Obs[[#This Row],[Aged]]",
                formulas.of(new LiveValue.Sum("Country", "Aged", 1.0), place));
        String men = "AVERAGEIFS(W[Pay],W[Sex],\"=male\",W[Cat],\"=Eng ~*\"\"=1\"\"~?\",W[Pay],\">0\")";
        String women = men.replace("\"=male\"", "\"=female\"");
        assertEquals("(" + men + "-" + women + ")/" + men, formulas.of(new LiveValue.GroupGap("W", "Pay", "Sex", "Cat",
                "Eng *\"=1\"?", true, 0.2), place), "a category's wildcards and quotes are its own characters");
    }

    @Test
    void aPayRankSpreadsTiesInProportionAndTheBandsReadIt() {
        Formulas.Place workers = new Formulas.Place("W", List.of("Sex", "Pay [h]#", "Less", "K", "Wo", "J", "Rank",
                "Band"), 3, 0);
        String pays = "W[Pay '[h']'#]";
        String pay = "W[[#This Row],[Pay '[h']'#]]";
        assertEquals("SUMPRODUCT(--(" + pays + "<" + pay + "))", formulas.of(new LiveValue.PaidLess("W", "Pay [h]#", 0),
                workers));
        assertEquals("SUMPRODUCT(--(" + pays + "=" + pay + "))", formulas.of(new LiveValue.SamePay("W", "Pay [h]#",
                java.util.Optional.empty(), 1), workers));
        assertEquals("SUMPRODUCT((" + pays + "=" + pay + ")*(W[Sex]=\"female\"))", formulas.of(
                new LiveValue.SamePay("W", "Pay [h]#", java.util.Optional.of("Sex"), 1), workers));
        assertEquals("SUMPRODUCT((" + pays + "=" + pay + ")*(W[Sex]=W[[#This Row],[Sex]])*(ROW(" + pays + ")<ROW("
                + pay + ")))", formulas.of(new LiveValue.AheadOnSamePay("W", "Pay [h]#", "Sex", 0), workers),
                "the rows of the same sex on the same pay above this one");
        assertEquals("C5+IF(A5=\"female\",-INT((INT(D5/2)-(F5+1)*D5)/E5),INT((F5*D5+INT(D5/2))/(D5-E5))+1)",
                formulas.sharedAt(new LiveValue.PayRank("Sex", "Less", "K", "Wo", "J", 1), workers, 4),
                "after the rows paid less: a woman's place ceil(((j+1)k - h)/w), a man's floor((jk + h)/(k - w)) + 1");
        assertEquals("INT(4*(G5-1)/ROWS(W[Rank]))+1", formulas.sharedAt(new LiveValue.QuartileBand("W", "Rank", 1),
                workers, 4));
        assertEquals("COUNTIFS(W[Band],3,W[Sex],\"=female\")", formulas.of(new LiveValue.BandCount("W", "Band", 3,
                "Sex", "female", 4), workers));
        assertEquals("INDEX(" + pays + ",MATCH(-INT(-1*ROWS(W[Rank])/4)+1,W[Rank],0))", formulas.of(
                new LiveValue.BandPay("W", "Pay [h]#", "Rank", 2, false, 1.0), workers), "band 2 starts after a quarter");
        assertEquals("INDEX(" + pays + ",MATCH(-INT(-2*ROWS(W[Rank])/4),W[Rank],0))", formulas.of(
                new LiveValue.BandPay("W", "Pay [h]#", "Rank", 2, true, 1.0), workers), "and ends at half");
        assertEquals("W[[#This Row],[Sex]]/(W[[#This Row],[Sex]]+W[[#This Row],[Rank]])", formulas.of(
                new LiveValue.ShareOfBoth("Sex", "Rank", 0.5), workers));
    }
}
