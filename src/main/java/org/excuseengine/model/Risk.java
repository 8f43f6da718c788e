package org.excuseengine.model;

import java.util.List;

/**
 * The customer's payment risk at a visit (contract version 1.1), judged from its record and apart
 * from whether what it said is true.
 *
 * @param score   0 (pays as committed) to 100 (will not pay): the scorecard's points, summed
 * @param reasons each point of the risk scorecard, as {@code rule} and the figures behind it
 */
public record Risk(RiskLevel level, int score, List<Reason> reasons) {
    public Risk {
        reasons = List.copyOf(reasons);
    }
}
