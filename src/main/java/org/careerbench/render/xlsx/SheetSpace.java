package org.careerbench.render.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The cell areas of one sheet already taken by text, tables and charts, so that a chart is
 * anchored only in free space and nothing is written under a chart. Rows and columns are
 * zero-based and inclusive.
 */
final class SheetSpace {
    /** A rectangle of cells. */
    record Area(int firstRow, int lastRow, int firstCol, int lastCol) {
        boolean overlaps(Area o) {
            return firstRow <= o.lastRow && o.firstRow <= lastRow && firstCol <= o.lastCol && o.firstCol <= lastCol;
        }
    }

    private final List<Area> taken = new ArrayList<>();

    /** Marks {@code area} as taken. */
    void take(Area area) {
        taken.add(area);
    }

    /** Whether no taken area overlaps {@code area}. */
    boolean free(Area area) {
        return taken.stream().noneMatch(area::overlaps);
    }

    /**
     * The first row at or after {@code from} where {@code rows} rows of columns {@code firstCol}
     * to {@code lastCol} are free.
     */
    int firstFreeRow(int from, int rows, int firstCol, int lastCol) {
        int row = from;
        for (boolean moved = true; moved; ) {
            moved = false;
            Area wanted = new Area(row, row + Math.max(rows, 1) - 1, firstCol, lastCol);
            for (Area a : taken) {
                if (a.overlaps(wanted)) {
                    row = a.lastRow() + 1;
                    moved = true;
                    break;
                }
            }
        }
        return row;
    }
}
