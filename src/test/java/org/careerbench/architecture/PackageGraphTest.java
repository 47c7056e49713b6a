package org.careerbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's shape, checked on the compiled classes (ArchUnit): the report model is
 * format-neutral, the stages depend one way, and no two classes or packages need each other.
 */
class PackageGraphTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.careerbench");

    @Test
    void theReportModelKnowsNoTemplateRendererOrFormatLibrary() {
        noClasses().that().resideInAPackage("org.careerbench.report")
                .should().dependOnClassesThat().resideInAnyPackage("org.careerbench.template..",
                        "org.careerbench.render..", "org.careerbench.report.assembly..", "org.careerbench.batch..",
                        "org.careerbench.chart..", "org.apache.poi..", "org.openxmlformats..", "com.lowagie..",
                        "org.openpdf..", "org.jfree..")
                .check(MAIN);
    }

    @Test
    void statsDependsOnNothingOfCareerBench() {
        noClasses().that().resideInAPackage("org.careerbench.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("org.careerbench.data..",
                        "org.careerbench.template..", "org.careerbench.report..", "org.careerbench.render..",
                        "org.careerbench.batch..", "org.careerbench.cli..")
                .check(MAIN);
    }

    @Test
    void templatesAndDataNeverReachRenderersOrRuns() {
        noClasses().that().resideInAnyPackage("org.careerbench.template..", "org.careerbench.data..",
                        "org.careerbench.diagnostics..", "org.careerbench.handwritten..")
                .should().dependOnClassesThat().resideInAnyPackage("org.careerbench.render..",
                        "org.careerbench.report.assembly..", "org.careerbench.batch..", "org.careerbench.cli..",
                        "com.lowagie..", "org.jfree..")
                .check(MAIN);
    }

    /**
     * POI writes workbooks in the renderer; in the data stage only the two classes that read an
     * .xlsx dataset use it, and only its reading side (the package, shared strings, styles, dates):
     * never a whole workbook in memory.
     */
    @Test
    void onlyTheWorkbookReaderUsesPoiInTheDataStage() {
        noClasses().that().resideInAnyPackage("org.careerbench.template..", "org.careerbench.data..",
                        "org.careerbench.diagnostics..", "org.careerbench.handwritten..")
                .and().doNotHaveSimpleName("WorksheetReader").and().doNotHaveSimpleName("CellText")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .check(MAIN);
        noClasses().that().haveSimpleName("WorksheetReader").or().haveSimpleName("CellText")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi.xssf.streaming..")
                .orShould().dependOnClassesThat().haveSimpleName("XSSFWorkbook")
                .check(MAIN);
    }

    @Test
    void renderersComputeNoStatisticsAndReadNoTemplates() {
        noClasses().that().resideInAPackage("org.careerbench.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.careerbench.template..",
                        "org.careerbench.report.assembly..", "org.careerbench.batch..", "org.careerbench.data..")
                .check(MAIN);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.careerbench.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void classesFormNoCycle() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                if (!c.getPackageName().startsWith("org.careerbench")) {
                    return SliceIdentifier.ignore();
                }
                JavaClass top = c;
                while (top.getEnclosingClass().isPresent()) {
                    top = top.getEnclosingClass().get();
                }
                return SliceIdentifier.of(top.getName());
            }

            @Override
            public String getDescription() {
                return "top-level classes";
            }
        }).should().beFreeOfCycles().check(MAIN);
    }
}
