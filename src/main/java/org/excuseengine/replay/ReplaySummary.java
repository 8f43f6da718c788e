package org.excuseengine.replay;

import java.io.PrintWriter;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Verdict;

/** Counts of a replay: visits by verdict, excuses by category, escalation levels, and errors. */
public final class ReplaySummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<Verdict, Long> visitsByVerdict = new EnumMap<>(Verdict.class);
    private final Map<Category, Long> excusesByCategory = new EnumMap<>(Category.class);
    private final Map<org.excuseengine.model.EscalationLevel, Long> visitsByEscalation =
            new EnumMap<>(org.excuseengine.model.EscalationLevel.class);
    private long assessed;
    private long rejected;

    public void count(Assessment assessment) {
        assessed++;
        visitsByVerdict.merge(assessment.verdict(), 1L, Long::sum);
        visitsByEscalation.merge(assessment.escalation().level(), 1L, Long::sum);
        for (ExcuseAssessment excuse : assessment.excuses()) {
            excusesByCategory.merge(excuse.category(), 1L, Long::sum);
        }
    }

    /** Adds the counts of {@code other}, another part of the same run. */
    public void merge(ReplaySummary other) {
        assessed += other.assessed;
        rejected += other.rejected;
        other.visitsByVerdict.forEach((key, count) -> visitsByVerdict.merge(key, count, Long::sum));
        other.excusesByCategory.forEach((key, count) -> excusesByCategory.merge(key, count, Long::sum));
        other.visitsByEscalation.forEach((key, count) -> visitsByEscalation.merge(key, count, Long::sum));
    }

    public void countRejected() {
        rejected++;
    }

    public long assessed() {
        return assessed;
    }

    public long rejected() {
        return rejected;
    }

    public Map<Verdict, Long> visitsByVerdict() {
        return Map.copyOf(visitsByVerdict);
    }

    public Map<Category, Long> excusesByCategory() {
        return Map.copyOf(excusesByCategory);
    }

    public Map<org.excuseengine.model.EscalationLevel, Long> visitsByEscalation() {
        return Map.copyOf(visitsByEscalation);
    }

    public void print(PrintWriter out) {
        out.printf("%,d visits assessed, %,d rejected%n", assessed, rejected);
        printCounts(out, "verdict", visitsByVerdict);
        printCounts(out, "category", excusesByCategory);
        printCounts(out, "escalation", visitsByEscalation);
        out.flush();
    }

    private static void printCounts(PrintWriter out, String title, Map<?, Long> counts) {
        out.printf("  %-12s", title);
        counts.forEach((key, count) -> out.printf(" %s=%,d", key, count));
        out.println();
    }
}
