package org.careerbench.audit;

/**
 * One thing a file gives away that it must not.
 *
 * @param file  the file, by its name in the period folder
 * @param where where in it (a sheet and cell, a page), or empty for the report as a whole
 * @param what  what was found, in words
 */
public record Finding(String file, String where, String what) {
    @Override
    public String toString() {
        return file + (where.isEmpty() ? "" : " " + where) + ": " + what;
    }
}
