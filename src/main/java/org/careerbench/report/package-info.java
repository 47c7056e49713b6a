/**
 * Stage 3': the format-neutral document model every renderer reads.
 *
 * <p>A {@link org.careerbench.report.Report} is sections of semantic blocks: prose of styled
 * {@link org.careerbench.report.TextRun}s, key figures, typed tables, charts that know their
 * data table, notes, and a workbook's named inputs. A table keeps typed columns so a workbook
 * gets numbers with currency formats, and a chart keeps its data table so a workbook chart can
 * be bound to cells. A cell a spreadsheet should recompute is a
 * {@link org.careerbench.report.LiveValue} that says what it means ("P50 of column X over the
 * rows of table T whose Cell is K") with the value computed for this run; only
 * {@code render.xlsx} turns it into formula text. Each format has one
 * {@link org.careerbench.report.Renderer}.
 *
 * <pre>{@code
 * for (Section s : report.sections()) { for (Block b : s.blocks()) { ... switch on b's type ... } }
 * }</pre>
 *
 * <p>This package imports nothing from {@code template}, {@code report.assembly}, the renderers,
 * OpenPDF, POI or JFreeChart (a test holds it to that).
 */
package org.careerbench.report;

