package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CellTextTest {
    @Test
    void aNumberIsTheValueItHoldsAndADateFormattedNumberAnIsoDate() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFCellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("$#,##0"));
            CellText text = new CellText(new String[] {"Senior", "Mid"}, wb.getStylesSource(), false);
            assertEquals("2024-07-28", text.number("45501", date.getIndex()));
            assertEquals("2024-07-28T12:00", text.number("45501.5", date.getIndex()), "with its time");
            assertEquals("150000.4", text.number("150000.4", money.getIndex()), "not the $150,000 shown");
            assertEquals("12300000000000000", text.number("1.23E+16", 0), "never in E notation");
            assertEquals("Mid", text.shared(1));
            assertEquals("Senior", text.shared(" 0 "));
            assertNull(text.shared(2), "an index the workbook lacks");
            assertEquals("true", CellText.bool("1"));
            assertEquals("false", CellText.bool("0"));
        }
    }

    @Test
    void a1904WorkbookCountsItsDatesFrom1904() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            assertEquals("2028-07-29", new CellText(new String[0], wb.getStylesSource(), true).number("45501",
                    date.getIndex()), "1,462 days later than in a 1900 workbook");
        }
    }
}
