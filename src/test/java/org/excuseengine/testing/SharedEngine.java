package org.excuseengine.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.excuseengine.engine.ExcuseEngine;

/** One engine on the shipped rules for every test of the run: compiling the rules takes seconds. */
public final class SharedEngine {
    public static final Path RULES = Path.of("rules");
    private static ExcuseEngine engine;

    private SharedEngine() {}

    public static synchronized ExcuseEngine get() {
        if (engine == null) {
            engine = ExcuseEngine.builder(RULES)
                    .clock(Clock.fixed(VisitBuilder.VISIT_DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                    .build();
        }
        return engine;
    }
}
