/**
 * The command line: picocli commands that parse arguments, call the batch stage and map
 * outcomes to exit codes. No business logic lives here.
 *
 * <pre>
 * ./careerbench run --period 2026-11
 * ./careerbench validate --input input
 * </pre>
 *
 * <p>Exit codes: {@value org.careerbench.cli.ExitCodes#OK} ok,
 * {@value org.careerbench.cli.ExitCodes#RENDERING_FAILED} rendering failed (nothing
 * published), {@value org.careerbench.cli.ExitCodes#BAD_INPUT} bad input or usage.
 */
package org.careerbench.cli;
