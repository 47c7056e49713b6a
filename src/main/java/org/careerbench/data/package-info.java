/**
 * Stage 1 of the pipeline: CSV datasets in, typed immutable records out.
 *
 * <p>Every dataset has a declared {@link org.careerbench.data.DatasetSchema}. The
 * {@link org.careerbench.data.DatasetReader} parses a file with Commons CSV, checks each
 * value against its column's type, and either returns every row or throws a
 * {@link org.careerbench.data.DataException} listing every problem with file, line and
 * column. Rows are never dropped silently.
 *
 * <pre>{@code
 * InputData data = new InputLoader().load(Path.of("input"));
 * List<SalaryObservation> salaries = data.salaries();
 * }</pre>
 *
 * <p>This package knows nothing about reports, templates or output formats.
 */
package org.careerbench.data;
