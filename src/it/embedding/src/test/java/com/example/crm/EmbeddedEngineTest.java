package com.example.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Verdict;
import org.excuseengine.model.Visit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What a CRM developer does with the library: the rules jar on the classpath, the README's Java
 * API, the application's own logging backend (Logback in one run, Log4j 2 in the other).
 */
class EmbeddedEngineTest {
    private static final String VISIT = """
            {"visitId": "V-1", "date": "2026-03-15",
             "customer": {"id": "C-1", "name": "Huaxin Trading", "creditRating": "C", "overdueAmount": 120000, "overdueDays": 45},
             "history": {"excuses": [{"date": "2026-02-14", "category": "TIGHT_CASH"}]},
             "excuses": [{"text": "最近資金緊張，月底再說"}]}
            """;
    private static final String BACKEND = System.getProperty("expected.backend");
    private static ExcuseEngine engine;

    @BeforeAll
    static void start() {
        engine = ExcuseEngine.builderFromClasspath(ExcuseEngine.SHIPPED_RULES).defaultLanguage("zh-Hant").build();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void judgesAVisitWithTheShippedRulesFromTheClasspath() {
        Visit visit = new ContractJson().readVisit(VISIT);

        Assessment assessment = engine.assess(visit);

        // Tight cash heard once before from a customer with no record: doubtful, not yet a stall.
        assertEquals(Verdict.DOUBTFUL, assessment.verdict());
        assertNotNull(assessment.excuses().get(0).rebuttal().text());
        assertEquals(engine.rulesVersion(), assessment.rulesVersion());
    }

    @Test
    void theRulesJarHasTheVersionOfTheRulesFolder() {
        try (ExcuseEngine fromFolder = ExcuseEngine.builder(Path.of(System.getProperty("rules.folder"))).build()) {
            assertEquals(fromFolder.rulesVersion(), engine.rulesVersion());
        }
    }

    @Test
    void theLibraryLogsThroughTheApplicationsBackend() throws Exception {
        String expectedFactory = switch (BACKEND) {
            case "logback" -> "ch.qos.logback.classic.LoggerContext";
            case "log4j2" -> "org.apache.logging.slf4j.Log4jLoggerFactory";
            default -> throw new IllegalStateException("expected.backend: " + BACKEND);
        };
        assertEquals(expectedFactory, LoggerFactory.getILoggerFactory().getClass().getName());
        List<String> lines = Files.readAllLines(Path.of("target", "application.log"));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(BACKEND + " INFO org.drools")),
                "the rule compiler's log reached " + BACKEND + ": " + lines);
    }

    @Test
    void log4jApiCallsGoWhereTheApplicationSends() {
        String context = org.apache.logging.log4j.LogManager.getContext(false).getClass().getName();
        if (BACKEND.equals("log4j2")) {
            assertEquals("org.apache.logging.log4j.core.LoggerContext", context);
        } else {
            assertTrue(!context.startsWith("org.apache.logging.slf4j"), "no log4j-to-slf4j bridge was forced: " + context);
        }
    }

    @Test
    void theCommandLineAndServiceLibrariesStayOut() {
        for (String absent : List.of("picocli.CommandLine", "me.tongfei.progressbar.ProgressBar", "org.jline.terminal.Terminal",
                "io.micrometer.core.instrument.MeterRegistry", "io.prometheus.metrics.model.registry.PrometheusRegistry",
                "org.slf4j.simple.SimpleLogger", "org.apache.logging.slf4j.SLF4JLoggerContext")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent);
        }
    }

    @Test
    void jacksonIsTheVersionTheLibraryWasTestedWith() {
        assertEquals(System.getProperty("jackson.version"), com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        assertEquals(System.getProperty("jackson.version"), com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION.toString());
    }
}
