package org.heaplab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md section 1: data flows one way, and nothing below the session knows JavaFX. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.heaplab");
    }

    @Test
    void layersUseOnlyWhatTheDesignAllows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("source").definedBy("org.heaplab.source..")
                .layer("diag").definedBy("org.heaplab.diag..")
                .layer("lex").definedBy("org.heaplab.lang.lex..")
                .layer("ast").definedBy("org.heaplab.lang.ast..")
                .layer("parse").definedBy("org.heaplab.lang.parse..")
                .layer("types").definedBy("org.heaplab.lang.types..")
                .layer("ir").definedBy("org.heaplab.lang.ir..")
                .layer("check").definedBy("org.heaplab.lang.check..")
                .layer("memory").definedBy("org.heaplab.memory..")
                .layer("alloc").definedBy("org.heaplab.alloc..")
                .layer("runtime").definedBy("org.heaplab.runtime..")
                .layer("trace").definedBy("org.heaplab.trace..")
                .layer("scenario").definedBy("org.heaplab.scenario..")
                .layer("session").definedBy("org.heaplab.session..")
                .layer("picture").definedBy("org.heaplab.picture..")
                .layer("cli").definedBy("org.heaplab.cli..")
                .layer("ui").definedBy("org.heaplab.ui..")
                .whereLayer("source").mayNotAccessAnyLayer()
                .whereLayer("diag").mayOnlyAccessLayers("source")
                .whereLayer("lex").mayOnlyAccessLayers("source", "diag")
                .whereLayer("ast").mayOnlyAccessLayers("source", "diag", "lex")
                .whereLayer("parse").mayOnlyAccessLayers("source", "diag", "lex", "ast")
                .whereLayer("types").mayOnlyAccessLayers("source", "diag", "lex", "ast")
                .whereLayer("ir").mayOnlyAccessLayers("source", "types")
                .whereLayer("check").mayOnlyAccessLayers("source", "diag", "lex", "ast", "parse", "types", "ir")
                .whereLayer("memory").mayOnlyAccessLayers("source")
                .whereLayer("alloc").mayOnlyAccessLayers("memory", "source")
                .whereLayer("runtime").mayOnlyAccessLayers("source", "diag", "types", "ir", "memory", "alloc")
                .whereLayer("trace").mayOnlyAccessLayers("runtime", "memory", "alloc", "source", "diag", "types", "ir")
                .whereLayer("scenario").mayOnlyAccessLayers("trace", "session", "source", "diag")
                .whereLayer("session").mayOnlyAccessLayers("source", "diag", "lex", "ast", "parse", "types", "ir", "check", "memory", "alloc",
                        "runtime", "trace")
                .whereLayer("picture").mayOnlyAccessLayers("trace")
                .whereLayer("cli").mayOnlyAccessLayers("session", "scenario", "picture", "trace", "source")
                .whereLayer("ui").mayOnlyAccessLayers("session", "trace", "scenario", "picture", "lex", "diag", "source")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiUsesJavaFx() {
        noClasses().that().resideInAnyPackage("org.heaplab.source..", "org.heaplab.diag..", "org.heaplab.lang..",
                        "org.heaplab.memory..", "org.heaplab.alloc..", "org.heaplab.runtime..", "org.heaplab.trace..",
                        "org.heaplab.scenario..", "org.heaplab.session..", "org.heaplab.picture..", "org.heaplab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..")
                .check(classes);
    }

    @Test
    void theUiNeverTouchesLiveMemory() {
        noClasses().that().resideInAPackage("org.heaplab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.heaplab.memory..", "org.heaplab.alloc..", "org.heaplab.runtime..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.heaplab.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Every package on its own, sub-packages included: lang.check and lang.check.x may not need each other. */
    @Test
    void noPackageCyclesAtAnyDepth() {
        slices().matching("org.heaplab.(**)").should().beFreeOfCycles().check(classes);
    }
}
