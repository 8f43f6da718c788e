package org.excuseengine.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Visit;

/**
 * Runs a few sample visits (one per language) through a freshly loaded engine before the service
 * reports ready. A cold JVM can take longer than the engine's time limit over its very first
 * visits while it loads and compiles classes; that cost is paid here rather than by a caller,
 * whose visit would otherwise fail as a runaway.
 */
final class WarmUp {
    private static final int ROUNDS = 3;

    private WarmUp() {}

    static void run(ExcuseEngine engine, ContractJson json) {
        List<Visit> visits = sampleVisits(json);
        for (int round = 0; round < ROUNDS; round++) {
            for (Visit visit : visits) {
                try {
                    engine.assess(visit);
                } catch (RuntimeException e) {
                    // A runaway stop is expected while cold, and the next round runs warmer; any
                    // other failure will meet the first caller as it would have anyway.
                }
            }
        }
    }

    private static List<Visit> sampleVisits(ContractJson json) {
        try (InputStream in = WarmUp.class.getResourceAsStream("warm-up-visits.jsonl");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank()).map(json::readVisit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the warm-up visits are missing from the library", e);
        }
    }
}
