package org.excuseengine.model.fact;

import java.util.List;
import org.excuseengine.model.Category;
import org.excuseengine.model.CategorySource;

/** An excuse heard at this visit, with its category settled; {@code index} is its place in the visit. */
public record Excuse(int index, String text, Category category, CategorySource source, double confidence,
                     List<String> evidence) {
    public Excuse {
        evidence = List.copyOf(evidence);
    }

    /** True when the customer showed evidence of this kind, e.g. {@code "DOWNSTREAM_AGING_REPORT"}. */
    public boolean showed(String evidenceCode) {
        return evidence.contains(evidenceCode);
    }

    public boolean showedAnyEvidence() {
        return !evidence.isEmpty();
    }
}
