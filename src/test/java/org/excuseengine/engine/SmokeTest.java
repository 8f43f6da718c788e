package org.excuseengine.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import org.excuseengine.json.ContractJson;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void assessesTheContractExample() throws Exception {
        ContractJson json = new ContractJson();
        long t0 = System.nanoTime();
        try (ExcuseEngine engine = ExcuseEngine.fromRules(Path.of("rules"))) {
            System.out.println("load ms " + (System.nanoTime() - t0) / 1e6);
            var visit = json.readVisit(Files.readString(Path.of("examples/visit.json")));
            System.out.println(json.writePretty(engine.assess(visit)));
        }
    }
}
