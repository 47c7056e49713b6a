package org.careerbench.data;

import java.nio.file.Path;

/** The wide-projections input folder, for tests of other packages. */
public final class WideProjectionsTestInputs {
    private WideProjectionsTestInputs() {
    }

    /** The sample input with its market.csv swapped for the wide projections and their mapping. */
    public static Path withWideMarket(Path dir) throws Exception {
        return WideProjectionsTest.inputWithWideMarket(dir);
    }
}
