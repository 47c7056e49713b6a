package org.careerbench.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TextRun;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;

/**
 * Writes blocks down one sheet, top to bottom, keeping a row cursor; rows are only ever
 * appended, as the streaming writer requires. Text blocks and notes wrap within the first
 * {@value #TEXT_COLUMNS} columns; tables start in column A. A chart is anchored in free space:
 * beside its table, right of the text columns, or below everything written so far when a table
 * or another chart is in the way; nothing is written under a chart. A table longer than the
 * sheet's remaining rows continues on further sheets, each with a note saying so.
 */
final class SheetWriter {
    /** About the rows of a landscape page: a longer table repeats its header when printed. */
    private static final int PAGE_ROWS = 35;
    /** More columns than a landscape page shows readably. */
    private static final int WIDE = 12;

    static final int TEXT_COLUMNS = 8;
    /** Prefix of a key figure's defined name, e.g. {@code Figure_senior_p50}. */
    static final String FIGURE_NAME_PREFIX = "Figure_";
    /**
     * Pixels an average character of 10-point body text takes: a merged text row holds the text
     * columns' width over this many characters a line (a row sized for 110 characters clipped its
     * last line, in LibreOffice as in Excel, whose default columns are narrower).
     */
    private static final double PIXELS_PER_CHAR = 7.2;

    private final Sheet sheet;
    private final XSSFSheet xssf;
    private final SheetTools workbook;
    private final List<ExcelTables.Written> written = new ArrayList<>();
    private final SheetSpace space = new SheetSpace();
    private int row;
    private boolean frozen;

    /**
     * @param sheet    the streamed sheet rows are written to
     * @param xssf     its XSSF part, where tables and charts are declared
     * @param workbook the workbook's shared styles and writers, and where long tables continue
     */
    SheetWriter(Sheet sheet, XSSFSheet xssf, SheetTools workbook) {
        this.sheet = sheet;
        this.xssf = xssf;
        this.workbook = workbook;
    }

    void title(String text) {
        text(1);
        cell(row++, 0, text, workbook.styles().title);
        row++;
    }

    void heading(String text) {
        text(1);
        cell(row++, 0, text, workbook.styles().heading);
    }

    /** A note, wrapped within the text columns. */
    void note(String text) {
        notes.add(text);
        wrapped(text, workbook.styles().noteWrapped);
    }

    private final List<String> notes = new java.util.ArrayList<>();

    /** Moves the cursor below any chart in the text columns and takes {@code rows} rows of them. */
    private void text(int rows) {
        row = space.firstFreeRow(row, rows, 0, TEXT_COLUMNS - 1);
        space.take(new SheetSpace.Area(row, row + rows - 1, 0, TEXT_COLUMNS - 1));
    }

    void block(Block block) {
        if (block instanceof Block.Prose p) {
            paragraph(join(p.runs()));
        } else if (block instanceof Block.Bullets b) {
            for (List<TextRun> item : b.items()) {
                paragraph("• " + join(item));
            }
            row++;
        } else if (block instanceof Block.Note n) {
            note(n.text());
        } else if (block instanceof Block.Notice n) {
            text(1);
            cell(row++, 0, n.title(), workbook.styles().label);
            paragraph(n.text());
            row++;
        } else if (block instanceof Block.KeyFigures k) {
            keyFigures(k.figures());
        } else if (block instanceof Block.Inputs i) {
            inputs(i.inputs());
        } else if (block instanceof org.careerbench.report.LookupBlock l) {
            lookup(l);
        } else if (block instanceof TableBlock t) {
            table(t);
        } else {
            chart((ChartBlock) block);
        }
    }

    private void paragraph(String text) {
        wrapped(text, workbook.styles().wrapped);
    }

    private void wrapped(String text, CellStyle style) {
        text(1);
        cell(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, TEXT_COLUMNS - 1));
        float pixels = 0;
        for (int c = 0; c < TEXT_COLUMNS; c++) {
            pixels += sheet.getColumnWidthInPixels(c);
        }
        rowAt(row).setHeightInPoints(lines(text, (int) (pixels / PIXELS_PER_CHAR)) * 14f + 2);
        row++;
    }

    /** The lines {@code text} wraps to at {@code perLine} characters: whole words, as a spreadsheet wraps them. */
    static int lines(String text, int perLine) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int need = used == 0 ? word.length() : used + 1 + word.length();
                if (need > perLine && used > 0) {
                    lines += (word.length() - 1) / perLine + 1;
                    used = word.length() % perLine;
                } else {
                    used = need;
                }
            }
        }
        return Math.max(1, lines);
    }

    private void keyFigures(List<KeyFigure> figures) {
        widen(figures.stream().mapToInt(f -> f.label().length()).max().orElse(10) + 2, 16);
        for (KeyFigure f : figures) {
            text(1);
            cell(row, 0, f.label(), workbook.styles().label);
            Cell value = rowAt(row).createCell(1);
            Cells.set(value, f.value(), workbook.styles().value(f.type(), f.currency(), true), workbook.styles());
            // Defined names share one case-insensitive namespace with table names: prefix figures.
            name(FIGURE_NAME_PREFIX + f.id(), 1);
            cell(row, 2, f.value() == Suppressed.VALUE ? words().get("figure.not-published", f.basis()) : f.basis(),
                    workbook.styles().note);
            row++;
        }
        row++;
    }

    /** Each input: label, a named value cell with data validation, what it changes. */
    private void inputs(List<Block.Input> inputs) {
        widen(inputs.stream().mapToInt(i -> i.label().length()).max().orElse(10) + 2, 16);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (Block.Input in : inputs) {
            text(1);
            cell(row, 0, in.label(), workbook.styles().label);
            Cell value = rowAt(row).createCell(1);
            Cells.set(value, in.value(), workbook.styles().input(in.type(), ""), workbook.styles());
            name(workbook.formulas().name(in.key()), 1);
            DataValidationConstraint constraint;
            String expected;
            if (!in.allowed().isEmpty()) {
                constraint = helper.createExplicitListConstraint(in.allowed().toArray(String[]::new));
                expected = words().get("input.expected.one-of", String.join(", ", in.allowed()));
            } else if (in.type() == ValueType.DATE) {
                constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "DATE(2000,1,1)", "DATE(2100,12,31)", "yyyy-mm-dd");
                expected = words().get("input.expected.date");
            } else {
                constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        Double.toString(in.min()), Double.toString(in.max()));
                expected = words().get("input.expected.number", in.min(), in.max());
            }
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(row, row, 1, 1));
            validation.setShowErrorBox(true);
            validation.createErrorBox(words().get("input.invalid", in.label()), words().get("input.expected",
                    expected));
            validation.setShowPromptBox(true);
            validation.createPromptBox(in.label(), in.note());
            sheet.addValidationData(validation);
            cell(row, 2, in.note(), workbook.styles().note);
            row++;
        }
        row++;
    }

    /** A lookup below anything in the text columns, then its note. */
    private void lookup(org.careerbench.report.LookupBlock l) {
        text(1);
        row = new LookupWriter(sheet, workbook, space).write(l, row, TEXT_COLUMNS);
        note(l.note());
        row++;
    }

    private void table(TableBlock t) {
        int width = Math.max(t.columns().size(), 1);
        // A table never starts under a chart: below any chart in its columns, its caption and header included.
        row = space.firstFreeRow(row, Math.min(t.rows().size(), 1_000) + 2, 0, Math.max(width, TEXT_COLUMNS) - 1);
        if (!t.caption().isEmpty()) {
            text(1);
            cell(row++, 0, t.caption(), workbook.styles().label);
        }
        int room = Math.max(1, workbook.lastRow() - row - 1 - t.footnotes().size() - 2);
        int to = Math.min(t.rows().size(), room);
        ExcelTables.Written w = workbook.tables().write(sheet, xssf, t, t.name(), row, 0, 0, to);
        space.take(new SheetSpace.Area(w.headerRow(), w.lastRow(), 0, width - 1));
        written.add(w);
        if (!frozen && row < 12) {
            sheet.createFreezePane(0, w.headerRow() + 1);
            if (t.rows().size() > PAGE_ROWS) {
                // Only a table that runs over pages repeats its header on each: a small one's header printed
                // on every page lands over the tables below it.
                sheet.setRepeatingRows(new CellRangeAddress(w.headerRow(), w.headerRow(), -1, -1));
            }
            frozen = true;
        }
        if (t.columns().size() > WIDE) {
            // Many columns on one page width print too small to read: two pages wide.
            sheet.getPrintSetup().setFitWidth((short) 2);
        }
        row = w.lastRow() + 1;
        for (String note : t.footnotes()) {
            note(note);
        }
        if (to < t.rows().size()) {
            note(words().get("sheet.continues", to + 1, workbook.lastRow() + 1));
            workbook.continuation().continueTable(xssf.getSheetName(), t, to);
        }
        row++;
    }

    private void chart(ChartBlock block) {
        ChartBlock c = block;
        ExcelTables.Written data = written.stream().filter(w -> w.sameContent(block.data())).findFirst().orElse(null);
        if (data == null) {
            // A chart of columns a table on this sheet already holds is drawn from that table, not from a
            // second copy of the same figures.
            for (ExcelTables.Written w : written) {
                java.util.Optional<ChartBlock> over = over(c, w.block());
                if (over.isPresent() && w.from() == 0 && w.to() == w.block().rows().size()) {
                    c = over.get();
                    data = w;
                    break;
                }
            }
        }
        if (data == null) {
            table(c.data());
            data = written.get(written.size() - 1);
        }
        int rows = NativeCharts.heightRows(c, data);
        int cols = NativeCharts.WIDTH_COLUMNS;
        // Beside its table, right of the text columns; else below all that is written, where nothing is.
        int besideCol = Math.max(data.firstCol() + c.data().columns().size() + 1, TEXT_COLUMNS + 1);
        int top = Math.max(0, data.headerRow() - 1);
        SheetSpace.Area beside = new SheetSpace.Area(top, top + rows - 1, besideCol, besideCol + cols - 1);
        SheetSpace.Area area;
        if (space.free(beside)) {
            area = beside;
        } else {
            int below = space.firstFreeRow(row, rows, 0, cols - 1);
            area = new SheetSpace.Area(below, below + rows - 1, 0, cols - 1);
            row = area.lastRow() + 2;
        }
        space.take(area);
        workbook.charts().draw(xssf, c, data, area);
        // A chart's source the sheet already says — alone, or as the notes above put together — is not
        // said twice.
        if (!c.source().isEmpty() && !notes.contains(c.source()) && !String.join(" ", notes).contains(c.source())) {
            note(c.source());
        }
    }

    /**
     * {@code c} drawn from {@code table}'s columns when its category and every series column are columns
     * of {@code table} under the same heading, with the same values row by row; a range chart only
     * where no published range is drawn.
     */
    static java.util.Optional<ChartBlock> over(ChartBlock c, TableBlock table) {
        if (table.large() || table.rows().size() != c.data().rows().size()) {
            return java.util.Optional.empty();
        }
        List<Integer> series = c.seriesColumns();
        if (c.type() == org.careerbench.report.ChartType.BOX) {
            // A range chart can use a table of the percentiles only when no published range applies (its
            // minimum and maximum columns are empty).
            org.careerbench.report.RangeSeries range = c.range();
            if (range.published().isPresent() && c.data().rows().stream().anyMatch(r -> r.get(range.published()
                    .get().min()) != null || r.get(range.published().get().max()) != null)) {
                return java.util.Optional.empty();
            }
            series = range.percentiles();
        }
        List<String> headers = table.columns().stream().map(org.careerbench.report.TableColumn::header).toList();
        java.util.function.IntUnaryOperator at = col -> headers.indexOf(c.data().columns().get(col).header());
        List<Integer> wanted = new java.util.ArrayList<>(series);
        wanted.add(c.categoryColumn());
        for (int col : wanted) {
            int t = at.applyAsInt(col);
            if (t < 0 || !c.data().columns().get(col).type().equals(table.columns().get(t).type())) {
                return java.util.Optional.empty();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                if (!java.util.Objects.equals(value(c.data().rows().get(r).get(col)), value(table.rows().get(r).get(t)))) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.of(new ChartBlock(c.title(), c.type(), table, at.applyAsInt(c.categoryColumn()),
                series.stream().map(at::applyAsInt).toList(), c.categoryAxis(), c.valueAxis(), c.source(),
                c.altText(), c.styles().subList(0, series.size())));
    }

    private static Object value(Object cell) {
        Object v = cell instanceof org.careerbench.report.LiveValue live ? live.cached() : cell;
        return v instanceof Number n ? (Object) n.doubleValue() : v;
    }

    /** Continues a long table on this (new) sheet from block row {@code from}. */
    void continuation(TableBlock t, int from, String tableName) {
        note(words().get("sheet.continued", from + 1, t.name()));
        int room = Math.max(1, workbook.lastRow() - row - 3);
        int to = Math.min(t.rows().size(), from + room);
        ExcelTables.Written w = workbook.tables().write(sheet, xssf, t, tableName, row, 0, from, to);
        sheet.createFreezePane(0, w.headerRow() + 1);
        row = w.lastRow() + 1;
        if (to < t.rows().size()) {
            note(words().get("sheet.continues.short", to + 1));
            workbook.continuation().continueTable(xssf.getSheetName(), t, to);
        }
    }

    private Words words() {
        return workbook.words();
    }

    private void name(String id, int column) {
        Name name = sheet.getWorkbook().createName();
        name.setNameName(id);
        name.setRefersToFormula(new CellReference(sheet.getSheetName(), row, column, true, true).formatAsString());
    }

    private void widen(int labelChars, int valueChars) {
        sheet.setColumnWidth(0, Math.max(sheet.getColumnWidth(0), Math.min(labelChars, 60) * 256));
        sheet.setColumnWidth(1, Math.max(sheet.getColumnWidth(1), valueChars * 256));
    }

    private Row rowAt(int r) {
        Row x = sheet.getRow(r);
        return x != null ? x : sheet.createRow(r);
    }

    /** Puts text into a cell, creating row and cell as needed. */
    private void cell(int r, int c, String text, CellStyle style) {
        Cell cell = rowAt(r).createCell(c);
        cell.setCellStyle(style);
        Cells.setText(cell, text, workbook.styles());
    }

    private static String join(List<TextRun> runs) {
        StringBuilder s = new StringBuilder();
        runs.forEach(r -> s.append(r.text()));
        return s.toString();
    }
}
