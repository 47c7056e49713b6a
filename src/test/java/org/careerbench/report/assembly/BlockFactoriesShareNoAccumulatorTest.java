package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The defect issue 27 names: seven classes appended to the build context's warnings and figure
 * log, so that a block's figures depended on which blocks were built before it. Block factories
 * now return what they made ({@link Made}); no class of the package holds a report's warnings or
 * figures where another class can append to them.
 */
class BlockFactoriesShareNoAccumulatorTest {

    private static List<Class<?>> packageClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(BuildContext.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(BuildContext.class.getPackageName().replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = f.getFileName().toString().replace(".class", "");
                classes.add(Class.forName(BuildContext.class.getPackageName() + "." + name.replace('/', '.'), false,
                        BuildContext.class.getClassLoader()));
            }
        }
        return classes;
    }

    @Test
    void theBuildContextHoldsNoWarningsAndNoFigureLog() {
        for (RecordComponent c : BuildContext.class.getRecordComponents()) {
            assertTrue(c.getType() != Warnings.class && c.getType() != FigureLog.class, c.getName());
        }
    }

    @Test
    void noClassKeepsWarningsOrAFigureLogInAField() throws Exception {
        List<String> holders = new ArrayList<>();
        List<Class<?>> classes = packageClasses();
        assertTrue(classes.size() > 30, "the package's classes were found: " + classes.size());
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == Warnings.class || f.getType() == FigureLog.class) {
                    holders.add(c.getSimpleName() + "." + f.getName());
                }
            }
        }
        assertEquals(List.of(), holders, "accumulators are locals of the method that collects them");
    }

    @Test
    void theContextsComponentsAreFinal() throws Exception {
        for (Field f : BuildContext.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertTrue(Modifier.isFinal(f.getModifiers()), f.getName());
            }
        }
    }

    /** What a block shows is recorded in its own context, apart from the report's, until the builder adds it. */
    @Test
    void aBlockRecordsWhatItShowsInAContextOfItsOwn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.careerbench.template.TemplateSpec spec = Contexts.template(dir, "pdf", "hr", "# A\n"
                + Contexts.fence("table", "source: benchmark\nrows: [region, level]\nstatistics: [n, mean, p50]"));
        BuildContext report = Contexts.of(spec);
        BuildContext own = report.forBlock();
        assertTrue(own.valuation() != report.valuation() && own.valuation().disclosures() != report.valuation()
                .disclosures());
        new SalaryTables(own).benchmark("Pay", "", List.of(org.careerbench.data.SalaryDimension.REGION,
                org.careerbench.data.SalaryDimension.LEVEL), org.careerbench.template.FilterSpec.NONE,
                List.of(org.careerbench.stats.Statistic.N, org.careerbench.stats.Statistic.MEAN,
                        org.careerbench.stats.Statistic.P50), org.careerbench.data.PayElement.BASE,
                org.careerbench.template.RowOrderSpec.NONE);
        assertTrue(report.valuation().disclosures().secrets().isEmpty(), "the report's record is untouched");
        assertTrue(!own.valuation().disclosures().secrets().isEmpty(), "the block's own record has its withheld cells");
        report.valuation().disclosures().addAll(own.valuation().disclosures());
        assertEquals(own.valuation().disclosures().secrets(), report.valuation().disclosures().secrets());
    }
}
