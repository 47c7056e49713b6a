package org.careerbench.batch;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import org.careerbench.report.assembly.Earlier;
import org.careerbench.report.assembly.ReportContext;

/**
 * What a run knows of the periods published before it, read from their figures files: the
 * previous period and the same period a year earlier (for "what changed" and change columns)
 * at once, the history on the first request, for the most periods any block asks for. A file
 * that cannot be read is not a silent gap: it becomes one of {@link #problems()}, which the run
 * reports as data warnings (in the manifest; refused by {@code --strict}).
 */
final class EarlierFigures {
    private final RunOptions options;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Map<Integer, List<Earlier>> history = new ConcurrentHashMap<>();

    EarlierFigures(RunOptions options) {
        this.options = options;
    }

    /** The context reports of this run are built in. */
    ReportContext context() {
        Optional<Earlier> earlier = Optional.empty();
        Optional<Earlier> yearEarlier = Optional.empty();
        try {
            earlier = FiguresFile.earlier(options.outputRoot(), options.period());
            yearEarlier = FiguresFile.of(options.outputRoot(), options.period().minusYears(1));
        } catch (IOException e) {
            problems.add("an earlier period's figures could not be read, so no change is shown: " + e.getMessage());
        }
        IntFunction<List<Earlier>> before = n -> history.computeIfAbsent(n, k -> {
            try {
                return FiguresFile.before(options.outputRoot(), options.period(), k);
            } catch (IOException e) {
                problems.add("the earlier periods' figures could not be read, so no history is shown: "
                        + e.getMessage());
                return List.of();
            }
        });
        return new ReportContext(options.period(), options.created(), earlier, yearEarlier, before);
    }

    /** What could not be read, each said once; complete once the reports are built. */
    List<String> problems() {
        return List.copyOf(new LinkedHashSet<>(problems));
    }
}
