package org.careerbench.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The styles part with the named cell style "Normal", as Excel writes it. POI leaves the list of
 * named styles out; openpyxl then warns that the workbook has no default style, and pandas
 * passes the warning on to the analyst. (POI's lean schema jar has no class for the element, so
 * it is written into the part's XML.)
 */
final class NormalStyle extends StylesTable {
    /** Makes every new workbook's styles part a {@link NormalStyle}. */
    static final XSSFFactory FACTORY = new XSSFFactory() {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.STYLES ? new NormalStyle() : super.newDocumentPart(descriptor);
        }
    };

    static final String CELL_STYLES = "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
            + "</cellStyles>";

    @Override
    public void writeTo(OutputStream out) throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        super.writeTo(xml);
        out.write(withNormal(xml.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code styles} (a styles part) with the named style list after the cell formats, unless it has one. */
    static String withNormal(String styles) {
        if (styles.contains("<cellStyles")) {
            return styles;
        }
        int end = styles.indexOf("</cellXfs>");
        if (end < 0) {
            return styles;
        }
        end += "</cellXfs>".length();
        return styles.substring(0, end) + CELL_STYLES + styles.substring(end);
    }
}
