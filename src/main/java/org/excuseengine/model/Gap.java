package org.excuseengine.model;

import java.math.BigDecimal;
import java.util.List;

/** The distance between the collection target and the customer's commitment, and the levers to close it. */
public record Gap(BigDecimal target, BigDecimal committed, BigDecimal gap, List<Measure> measures, List<Reason> reasons) {
    public Gap {
        measures = List.copyOf(measures);
        reasons = List.copyOf(reasons);
    }
}
