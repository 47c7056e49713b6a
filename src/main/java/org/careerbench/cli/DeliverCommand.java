package org.careerbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careerbench.batch.IoWords;
import org.careerbench.batch.PeriodDelivery;
import org.careerbench.batch.RunFailure;
import org.careerbench.batch.RunLock;
import org.careerbench.delivery.DeliveryReport;
import org.careerbench.delivery.DeliverySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careerbench deliver}: sends a published period's reports that were not sent yet. */
@Command(name = "deliver", mixinStandardHelpOptions = true,
        description = {"Sends the reports of a published period to the recipients in TEMPLATES/delivery.yaml, "
                + "skipping every letter OUTPUT/PERIOD/delivery.log shows as sent: run it again after a delivery "
                + "failed, and only what is missing goes out. The period's files are checked against its manifest "
                + "first.", ""},
        footerHeading = "%nExample:%n",
        footer = {"  careerbench deliver --period 2026-11"})
final class DeliverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LogOptions logging;

    @Mixin
    OutputOptions where;

    @Mixin
    DeliveryOptions deliveryFrom;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = PeriodConverter.class, required = true,
            description = "the published period to deliver")
    YearMonth period;

    @Option(names = "--resend-unconfirmed", description = "send again the letters a stopped run left unconfirmed "
            + "(the server had them when the run stopped, so they may have arrived; by default they are reported, "
            + "not sent twice)")
    boolean resendUnconfirmed;

    private final Clock clock;

    DeliverCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String commandLine = "careerbench " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        try {
            Optional<DeliverySettings> settings = PeriodDelivery.settings(deliveryFrom.templates);
            if (settings.isEmpty()) {
                err.println("careerbench deliver: no " + DeliverySettings.FILE + " in " + deliveryFrom.templates
                        + "; nothing to deliver. Expected the delivery settings there (see docs/operations.md, Delivery)");
                return ExitCodes.BAD_INPUT;
            }
            DeliveryReport report = new PeriodDelivery(logging.log(out, clock), clock, System::getenv)
                    .deliverLocked(settings.get(), where.output, period, commandLine, resendUnconfirmed);
            return report(out, err, "careerbench deliver", report, period, logging.quiet);
        } catch (RunLock.Locked e) {
            err.println("careerbench deliver: " + e.getMessage());
            return ExitCodes.LOCKED;
        } catch (RunFailure f) {
            err.println("careerbench deliver: " + f.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("careerbench deliver: failed: " + IoWords.of(e));
            return ExitCodes.RENDERING_FAILED;
        } finally {
            err.flush();
        }
    }

    /**
     * Prints what a delivery did and answers the exit code: {@link ExitCodes#OK} when every letter
     * is sent, {@link ExitCodes#DELIVERY_FAILED} when one is not (the period stays published).
     */
    static int report(PrintWriter out, PrintWriter err, String command, DeliveryReport report, YearMonth period,
            boolean quiet) {
        if (!quiet) {
            out.println("Delivery: " + report.sent().size() + (report.sent().size() == 1 ? " letter" : " letters")
                    + " sent" + (report.alreadySent() > 0 ? ", " + report.alreadySent() + " sent before" : ""));
            report.sent().forEach(s -> out.println("  sent " + s));
            report.notes().forEach(n -> out.println("  " + n));
            out.flush();
        }
        if (report.complete()) {
            return ExitCodes.OK;
        }
        err.println(command + ": published, but " + report.failures().size() + (report.failures().size() == 1
                ? " letter was" : " letters were") + " not delivered:");
        report.failures().forEach(f -> err.println("  " + f));
        err.println("The period stays published. Retry the missing letters with: careerbench deliver --period "
                + period);
        err.flush();
        return ExitCodes.DELIVERY_FAILED;
    }
}
