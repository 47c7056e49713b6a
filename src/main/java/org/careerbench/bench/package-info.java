/**
 * Outside the pipeline: deterministic synthetic inputs and timings of the real pipeline's
 * stages on them, so speed and memory are measured, never asserted in a unit test.
 *
 * <pre>
 * java -Xmx512m -jar target/careerbench-app.jar benchmark --rows 1000000
 * </pre>
 */
package org.careerbench.bench;
