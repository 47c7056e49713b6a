/**
 * Stage 5: runs. Plans a run for a period, loads templates and data, has each report
 * rendered into a staging folder, writes the manifest, and publishes the folder into
 * {@code output/<period>/} with an atomic rename — or publishes nothing.
 *
 * <pre>{@code
 * RunResult result = new RunJob(System.out::println).run(new RunOptions(
 *         Path.of("input"), Path.of("templates"), Path.of("output"), YearMonth.of(2026, 11), "run"));
 * }</pre>
 *
 * <p>This package renders nothing itself; it calls the renderers.
 */
package org.careerbench.batch;
