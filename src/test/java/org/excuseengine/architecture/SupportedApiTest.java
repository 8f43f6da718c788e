package org.excuseengine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The line src/main/javadoc/overview.html draws between the supported API and the internals,
 * kept by the build: what an embedder may call never hands out an internal or a Jackson type
 * (bar the documented exceptions), never needs the command line's or the service's libraries
 * (optional dependencies an embedder does not get), and the engine's internals stay hidden.
 */
class SupportedApiTest {
    static final List<String> SUPPORTED = List.of("org.excuseengine.engine", "org.excuseengine.model",
            "org.excuseengine.json", "org.excuseengine.replay", "org.excuseengine.replay.journal");
    static final List<String> INTERNAL = List.of("org.excuseengine.cli", "org.excuseengine.service",
            "org.excuseengine.text", "org.excuseengine.replay.generator",
            "org.excuseengine.replay.report");
    /** Internal or Jackson types the supported API hands out on purpose; each is named in the javadoc overview. */
    static final Set<String> DOCUMENTED_EXCEPTIONS = Set.of(
            "org.excuseengine.text.Classification",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.databind.JsonNode");
    /** The engine's public top-level classes (their public nested types with them); the rest is package-private. */
    static final Set<String> ENGINE_API = Set.of("ExcuseEngine", "AssessmentException", "RuleCompilationException",
            "RulesNotFoundException", "RuleProblem", "EngineStatus", "Explainer", "Explanation", "RuleCheck");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.excuseengine");
    }

    @Test
    void theLibraryNeverDependsOnTheCommandLineOrTheService() {
        noClasses().that().resideOutsideOfPackages("org.excuseengine.cli..", "org.excuseengine.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.excuseengine.cli..", "org.excuseengine.service..")
                .check(classes);
    }

    /** picocli, progressbar, jline, Micrometer, Prometheus, slf4j-simple (and the service's HTTP server) are optional: an embedder does not have them. */
    @Test
    void onlyTheCommandLineAndTheServiceUseTheirOptionalLibraries() {
        noClasses().that().resideOutsideOfPackages("org.excuseengine.cli..", "org.excuseengine.service..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei..", "org.jline..", "io.micrometer..",
                        "io.prometheus..", "org.slf4j.simple..", "org.apache.logging.slf4j..", "org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void theSupportedApiHandsOutNoInternalOrJacksonTypeButTheDocumentedOnes() {
        Set<String> exposed = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!isSupportedApi(type)) {
                continue;
            }
            Stream.concat(type.getMethods().stream(), type.getConstructors().stream())
                    .filter(SupportedApiTest::isVisible)
                    .forEach(member -> signatureTypes(member).stream().filter(SupportedApiTest::isForbidden)
                            .filter(forbidden -> !DOCUMENTED_EXCEPTIONS.contains(forbidden))
                            .forEach(forbidden -> exposed.add(member.getFullName() + " exposes " + forbidden)));
            type.getFields().stream().filter(SupportedApiTest::isVisible)
                    .forEach(field -> field.getType().getAllInvolvedRawTypes().stream().map(JavaClass::getName)
                            .filter(SupportedApiTest::isForbidden).filter(forbidden -> !DOCUMENTED_EXCEPTIONS.contains(forbidden))
                            .forEach(forbidden -> exposed.add(field.getFullName() + " exposes " + forbidden)));
        }
        assertEquals(Set.of(), exposed);
    }

    @Test
    void theEnginesInternalsArePackagePrivate() {
        Set<String> publicTypes = new TreeSet<>();
        classes.stream().filter(type -> type.getPackageName().equals("org.excuseengine.engine"))
                .filter(JavaClass::isTopLevelClass)
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .forEach(type -> publicTypes.add(type.getName().substring("org.excuseengine.engine.".length())));
        assertEquals(new TreeSet<>(ENGINE_API), publicTypes,
                "a new public class in engine is supported API: add it to the javadoc overview and here, or make it package-private");
    }

    private static boolean isSupportedApi(JavaClass type) {
        return SUPPORTED.contains(type.getPackageName()) && isPublicAllTheWayOut(type);
    }

    private static boolean isPublicAllTheWayOut(JavaClass type) {
        for (JavaClass at = type; at != null; at = at.getEnclosingClass().orElse(null)) {
            if (!at.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisible(com.tngtech.archunit.core.domain.JavaMember member) {
        return member.getModifiers().contains(JavaModifier.PUBLIC) || member.getModifiers().contains(JavaModifier.PROTECTED);
    }

    private static List<String> signatureTypes(JavaCodeUnit member) {
        List<JavaType> types = new ArrayList<>(member.getParameterTypes());
        types.add(member.getReturnType());
        types.addAll(member.getThrowsClause().getTypes());
        return types.stream().flatMap(type -> type.getAllInvolvedRawTypes().stream()).map(JavaClass::getName).toList();
    }

    private static boolean isForbidden(String typeName) {
        return typeName.startsWith("com.fasterxml.jackson.")
                || INTERNAL.stream().anyMatch(internal -> typeName.startsWith(internal + "."));
    }
}
