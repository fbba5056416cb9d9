package dev.chanscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layering the design rests on (docs/ARCHITECTURE.md), checked on the compiled classes: no
 * package depends on itself through others, the engine depends on nothing of the project but itself,
 * and the plain-Java layers — the engine and the Go language above all, which must run anywhere a run
 * is reproduced — never touch Spring. Each rule is also shown to catch a violation, on fixtures under
 * {@code dev.chanscope.architecture} in the test sources.
 */
class ArchitectureTest {

    /** Packages that are plain Java: what they do must not depend on a container. */
    static final String[] PLAIN_JAVA = {
        "dev.chanscope.engine..",
        "dev.chanscope.lang..",
        "dev.chanscope.wire..",
        "dev.chanscope.run..",
        "dev.chanscope.playground..",
        "dev.chanscope.scenario..",
        "dev.chanscope.link..",
        "dev.chanscope.client..",
        "dev.chanscope.stream", // the protocol; its transport (stream.socket) and REST are Spring's
        "dev.chanscope.room" // rooms themselves; room.web and room.redis are their Spring wiring
    };

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.chanscope");

    static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("dev.chanscope.architecture");

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    static ArchRule noSpringIn(String... packages) {
        return noClasses()
                .that()
                .resideInAnyPackage(packages)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "jakarta.websocket..")
                .allowEmptyShould(true); // a package listed may have no classes yet
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        noPackageCycles("dev.chanscope").check(MAIN);
    }

    @Test
    void thePlainJavaLayersNeverUseSpring() {
        noSpringIn(PLAIN_JAVA).check(MAIN);
    }

    @Test
    void theEngineDependsOnNothingOfTheProjectButItself() {
        classes()
                .that()
                .resideInAPackage("dev.chanscope.engine..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.chanscope.engine..", "java..", "jdk.internal.vm..")
                .check(MAIN);
    }

    @Test
    void theRulesCatchWhatTheyForbid() {
        assertThat(noPackageCycles("dev.chanscope.architecture.cycle")
                        .evaluate(FIXTURES)
                        .hasViolation())
                .as("a cycle between two packages is found")
                .isTrue();
        assertThat(noSpringIn("dev.chanscope.architecture.plain..")
                        .evaluate(FIXTURES)
                        .hasViolation())
                .as("Spring in a plain-Java package is found")
                .isTrue();
    }
}
