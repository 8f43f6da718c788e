package org.excuseengine.model.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.excuseengine.model.Promise;

/** Derived: how one promise turned out, counting payments that arrived within the grace days. */
public record PromiseOutcome(Promise promise, PromiseStatus status, BigDecimal settled) {
    public LocalDate due() {
        return promise.due();
    }
}
