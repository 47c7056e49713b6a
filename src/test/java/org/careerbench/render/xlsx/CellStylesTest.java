package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.template.ThemeLoader;
import org.junit.jupiter.api.Test;

/** A workbook's cell styles: one per kind of value, number formats in the report's language. */
class CellStylesTest {
    private static CellStyles styles(XSSFWorkbook wb, String language) throws Exception {
        return new CellStyles(wb, new ThemeLoader().load(Path.of("templates/theme.yaml")),
                Words.of(language).format());
    }

    @Test
    void eachKindOfValueHasOneStyleMadeOnce() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles s = styles(wb, "en");
            CellStyle usd = s.value(ValueType.MONEY, "USD", false);
            assertSame(usd, s.value(ValueType.MONEY, "USD", false));
            assertNotSame(usd, s.value(ValueType.MONEY, "EUR", false));
            assertNotSame(usd, s.value(ValueType.MONEY, "USD", true));
            s.value(ValueType.TEXT, "", false);
            int before = wb.getNumCellStyles();
            s.value(ValueType.MONEY, "USD", false);
            s.wrappedValue();
            s.wrappedValue();
            assertEquals(before + 1, wb.getNumCellStyles(), "only the wrapped style is new, and once");
        }
    }

    @Test
    void moneyPercentAndIntegerFormatsFollowTheLanguage() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles en = styles(wb, "en");
            assertTrue(en.value(ValueType.MONEY, "USD", false).getDataFormatString().contains("$"),
                    en.value(ValueType.MONEY, "USD", false).getDataFormatString());
            assertTrue(en.value(ValueType.PERCENT, "", false).getDataFormatString().contains("%"));
            assertTrue(en.value(ValueType.INTEGER, "", false).getDataFormatString().contains("#,##0"));
            assertEquals(en.numberFormat(ValueType.MONEY, "USD"), en.value(ValueType.MONEY, "USD", false)
                    .getDataFormatString());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            String de = styles(wb, "de").numberFormat(ValueType.MONEY, "EUR");
            assertTrue(de.contains("€"), de);
        }
    }

    @Test
    void anInputIsUnlockedOnAPaleFillAndTextIsIndentedLeft() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles s = styles(wb, "en");
            CellStyle input = s.input(ValueType.PERCENT, "");
            assertFalse(input.getLocked());
            assertEquals(FillPatternType.SOLID_FOREGROUND, input.getFillPattern());
            assertTrue(s.value(ValueType.PERCENT, "", false).getLocked());
            CellStyle text = s.value(ValueType.TEXT, "", false);
            assertEquals(HorizontalAlignment.LEFT, text.getAlignment());
            assertEquals(1, text.getIndention());
            assertTrue(s.wrappedValue().getWrapText());
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsQuotePrefixed() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles s = styles(wb, "en");
            assertTrue(s.literal.getQuotePrefixed());
            var cell = wb.createSheet("x").createRow(0).createCell(0);
            Cells.setText(cell, "=HYPERLINK(\"http://evil\")", s);
            assertEquals("=HYPERLINK(\"http://evil\")", cell.getStringCellValue());
            assertEquals(s.literal.getIndex(), cell.getCellStyle().getIndex());
            assertTrue(Cells.looksLikeFormula("@SUM(A1)"));
            assertTrue(Cells.looksLikeFormula("-1+2"));
            assertFalse(Cells.looksLikeFormula("Senior"));
            assertFalse(Cells.looksLikeFormula(""));
        }
    }
}
