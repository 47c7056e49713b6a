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
 * {@value org.careerbench.cli.ExitCodes#RENDERING_FAILED} rendering failed or an internal error
 * (nothing published), {@value org.careerbench.cli.ExitCodes#BAD_INPUT} bad input or usage,
 * {@value org.careerbench.cli.ExitCodes#LOCKED} another run holds the lock,
 * {@value org.careerbench.cli.ExitCodes#DELIVERY_FAILED} published but a letter not sent,
 * {@value org.careerbench.cli.ExitCodes#PUBLISHED_WITH_PROBLEM} published, a step after it failed.
 * Every failure no command handles goes through {@code UnexpectedFailures}: words on the screen,
 * never a Java class or a stack trace.
 */
package org.careerbench.cli;
