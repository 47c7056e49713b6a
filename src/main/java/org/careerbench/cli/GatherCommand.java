package org.careerbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careerbench.batch.Gather;
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

/** {@code careerbench gather}: publishes the shards of a period as one period. */
@Command(name = "gather", mixinStandardHelpOptions = true,
        description = {"Publishes the N shards of a period (run --shard k/N, each in OUTPUT/PERIOD.shard-k-of-N) "
                + "as one period: every shard must be there, match its manifest and have read the same inputs and "
                + "templates; the deliverables go into OUTPUT/PERIOD with one manifest and one figures file, "
                + "published at once, and the ledger records the period; then the period is delivered once, as "
                + "TEMPLATES/delivery.yaml says, if it is there. Anything missing or different: exit 2, nothing "
                + "published.", ""},
        footerHeading = "%nExample:%n",
        footer = {"  careerbench gather --period 2026-11 --shards 3"})
final class GatherCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LogOptions logging;

    @Mixin
    OutputOptions where;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = PeriodConverter.class, required = true,
            description = "the period the shards were run for")
    YearMonth period;

    @Mixin
    DeliveryOptions deliveryFrom;

    @Option(names = "--shards", paramLabel = "N", required = true, description = "how many shards the period was "
            + "run as")
    int shards;

    @Option(names = "--force", description = "gather again even if the period is already published (letters already "
            + "sent for unchanged files are not sent again)")
    boolean force;

    private final Clock clock;

    GatherCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (shards < 1) {
            err.println("careerbench gather: --shards " + shards + ", expected 1 or more");
            return ExitCodes.BAD_INPUT;
        }
        String commandLine = "careerbench " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        try {
            Optional<DeliverySettings> delivery = PeriodDelivery.settings(deliveryFrom.templates);
            ConsoleLog log = logging.log(out, clock);
            var gathered = new Gather(log, clock).gather(where.output, period, shards, commandLine, force);
            if (gathered.isEmpty()) {
                return ExitCodes.OK;
            }
            out.println("Published " + gathered.get() + "/ for " + period + " from " + shards + " shards");
            out.flush();
            if (delivery.isPresent()) {
                // As a run does: after the lock is released, the period just published and checked.
                DeliveryReport report = new PeriodDelivery(log, clock, System::getenv).deliver(delivery.get(),
                        where.output, period);
                return DeliverCommand.report(out, err, "careerbench gather", report, period, logging.quiet);
            }
            return ExitCodes.OK;
        } catch (RunLock.Locked e) {
            err.println("careerbench gather: " + e.getMessage());
            return ExitCodes.LOCKED;
        } catch (RunFailure f) {
            new PeriodDelivery(logging.log(out, clock), clock, System::getenv)
                    .noticeOfFailure(deliveryFrom.templates, period, commandLine, f.getMessage());
            err.println("careerbench gather: " + f.getMessage());
            return f.kind() == RunFailure.Kind.BAD_INPUT ? ExitCodes.BAD_INPUT : ExitCodes.RENDERING_FAILED;
        } catch (IOException e) {
            err.println("careerbench gather: failed: " + IoWords.of(e) + "; nothing was published");
            return ExitCodes.RENDERING_FAILED;
        } finally {
            err.flush();
        }
    }
}
