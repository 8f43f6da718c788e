package org.excuseengine.replay;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.excuseengine.model.Verdict;
import org.excuseengine.replay.journal.Journal;

/**
 * Prints {@link ReplayMetrics} as tables a person can read at a terminal: one column group for
 * the champion and, when a challenger ran, one beside it for the challenger.
 */
public final class MetricsTable {
    private final List<MetricsReport> sides = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final ReplayMetrics metrics;

    private MetricsTable(ReplayMetrics metrics) {
        this.metrics = metrics;
        sides.add(metrics.champion());
        names.add("champion");
        if (metrics.challenger() != null) {
            sides.add(metrics.challenger());
            names.add("challenger");
        }
    }

    public static void print(ReplayMetrics metrics, PrintWriter out) {
        new MetricsTable(metrics).print(out);
        out.flush();
    }

    /**
     * The headline figures only (and the champion/challenger comparison, when there is one): what
     * a replay shows unless asked for every table.
     */
    public static void printHeadline(ReplayMetrics metrics, PrintWriter out) {
        MetricsTable table = new MetricsTable(metrics);
        out.println();
        table.headline(out);
        if (metrics.comparison() != null) {
            out.println();
            ComparisonText.print(metrics.comparison(), out);
        }
        out.flush();
    }

    private void print(PrintWriter out) {
        out.println();
        headline(out);
        out.println();
        byVerdict(out);
        if (sides.stream().anyMatch(side -> !side.riskByOutcome().isEmpty())) {
            out.println();
            riskByOutcome(out);
        }
        out.println();
        byRule(out);
        neverFired(out);
        if (sides.stream().anyMatch(side -> !side.byProfile().isEmpty())) {
            out.println();
            byProfile(out);
        }
        if (sides.stream().anyMatch(side -> !side.excuseVerdictsByIntent().isEmpty())) {
            out.println();
            byIntent(out);
        }
        if (metrics.comparison() != null) {
            out.println();
            ComparisonText.print(metrics.comparison(), out);
        }
    }

    private void headline(PrintWriter out) {
        TextTable table = TextTable.labelledFirst();
        table.row(header("", names));
        row(table, "rules version", MetricsReport::rulesVersion);
        row(table, "visits assessed", r -> count(r.visits()));
        row(table, "  without a commitment", r -> count(r.withoutCommitment()));
        row(table, "  commitment outcome unknown", r -> count(r.outcomeUnknown()));
        row(table, "  commitment outcome known", r -> count(r.commitments().judged()));
        row(table, "promise-to-pay kept in full", r -> percent(r.commitments().keptShare()));
        row(table, "  partly kept", r -> percent(r.commitments().partialShare()));
        row(table, "  broken", r -> percent(r.commitments().brokenShare()));
        row(table, "kept late, in full within " + Journal.LATE_DAYS + " days", r -> percent(late(r.commitments(), LateOutcomes::keptLateShare)));
        row(table, "amount committed", r -> money(r.commitments().committed()));
        row(table, "amount collected by due date", r -> money(r.commitments().collected()));
        row(table, "  collected / committed", r -> percent(r.commitments().collectedShare()));
        row(table, "  with the late days / committed", r -> percent(late(r.commitments(), LateOutcomes::collectedShare)));
        row(table, "NOT_CREDIBLE -> broken: precision", r -> percent(r.notCredibleForBroken().precision()));
        row(table, "  recall", r -> percent(r.notCredibleForBroken().recall()));
        row(table, "NOT_CREDIBLE -> not kept: precision", r -> percent(r.notCredibleForNotKept().precision()));
        row(table, "  recall", r -> percent(r.notCredibleForNotKept().recall()));
        row(table, "credibility score AUC, genuine excuses", r -> auc(r.credibilityForGenuine()));
        row(table, "risk score AUC, broken commitments", r -> auc(r.riskForBroken()));
        row(table, "rules that never fired", r -> count(r.neverFired().size()));
        table.print(out, "");
    }

    private void byVerdict(PrintWriter out) {
        out.println("Commitments by verdict (share of those with a known outcome; late: not kept by the due date,");
        out.println("but paid in full within the " + Journal.LATE_DAYS + " days after it)");
        TextTable table = TextTable.labelledFirst();
        sideNames(table, 6);
        List<String> head = new ArrayList<>(List.of("verdict"));
        sides.forEach(side -> head.addAll(List.of("visits", "known", "kept", "partly", "broken", "late")));
        table.row(head.toArray(String[]::new));
        for (Verdict verdict : Verdict.values()) {
            if (sides.stream().noneMatch(side -> side.byVerdict().containsKey(verdict))) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(verdict.name()));
            sides.forEach(side -> cells.addAll(outcomeCells(side.byVerdict().get(verdict))));
            table.row(cells.toArray(String[]::new));
        }
        List<String> all = new ArrayList<>(List.of("all"));
        sides.forEach(side -> all.addAll(outcomeCells(side.commitments())));
        table.row(all.toArray(String[]::new));
        table.print(out, "  ");
    }

    private void riskByOutcome(PrintWriter out) {
        out.println("Payment-risk score by what became of the commitment: commitments, and their mean score");
        TextTable table = TextTable.labelledFirst();
        sideNames(table, 2);
        List<String> head = new ArrayList<>(List.of("outcome"));
        sides.forEach(side -> head.addAll(List.of("known", "mean")));
        table.row(head.toArray(String[]::new));
        Set<String> outcomes = new LinkedHashSet<>();
        sides.forEach(side -> outcomes.addAll(side.riskByOutcome().keySet()));
        for (String outcome : outcomes) {
            List<String> cells = new ArrayList<>(List.of(outcome));
            for (MetricsReport side : sides) {
                ScoreSpread spread = side.riskByOutcome().get(outcome);
                cells.add(spread == null ? "0" : count(spread.visits()));
                cells.add(spread == null || spread.meanScore() == null ? "-" : String.format("%.1f", spread.meanScore()));
            }
            table.row(cells.toArray(String[]::new));
        }
        table.print(out, "  ");
    }

    private void byRule(PrintWriter out) {
        out.println("Rules: visits fired on, and the share of their known commitments kept in full");
        TextTable table = TextTable.labelledLast();
        List<String> head = new ArrayList<>();
        names.forEach(name -> head.addAll(List.of(name.equals("champion") ? "fired" : "fired (" + name + ")", "kept")));
        head.add("rule");
        table.row(head.toArray(String[]::new));
        Set<String> rules = new LinkedHashSet<>();
        sides.forEach(side -> side.rules().forEach(rule -> rules.add(rule.rule())));
        for (String rule : rules) {
            List<String> cells = new ArrayList<>();
            for (MetricsReport side : sides) {
                Outcomes outcomes = side.rules().stream().filter(r -> r.rule().equals(rule)).findFirst()
                        .map(MetricsReport.RuleOutcomes::outcomes).orElse(null);
                cells.add(outcomes == null ? "0" : count(outcomes.visits()));
                cells.add(outcomes == null ? "-" : percent(outcomes.keptShare()));
            }
            cells.add(rule);
            table.row(cells.toArray(String[]::new));
        }
        table.print(out, "  ");
    }

    private void neverFired(PrintWriter out) {
        for (int i = 0; i < sides.size(); i++) {
            List<String> never = sides.get(i).neverFired();
            out.printf("Rules that never fired (%s, %d):%n", names.get(i), never.size());
            never.forEach(rule -> out.println("  " + rule));
        }
    }

    private void byProfile(PrintWriter out) {
        out.println("By hidden customer profile: share of visits per verdict, commitments kept in full and kept late, share of excuses");
        out.println("judged NOT_CREDIBLE, and the AUCs of the credibility score (genuine excuses) and risk score (broken)");
        TextTable table = TextTable.labelledFirst();
        sideNames(table, 10);
        List<String> head = new ArrayList<>(List.of("profile"));
        sides.forEach(side -> head.addAll(List.of("visits", "CREDIBLE", "DOUBTFUL", "NOT_CRED", "NONE", "kept", "late", "exc NC",
                "cred AUC", "risk AUC")));
        table.row(head.toArray(String[]::new));
        Set<String> profiles = new TreeSet<>();
        sides.forEach(side -> profiles.addAll(side.byProfile().keySet()));
        for (String profile : profiles) {
            List<String> cells = new ArrayList<>(List.of(profile));
            for (MetricsReport side : sides) {
                MetricsReport.ProfileOutcomes outcomes = side.byProfile().get(profile);
                long visits = outcomes == null ? 0 : outcomes.outcomes().visits();
                cells.add(count(visits));
                for (Verdict verdict : Verdict.values()) {
                    long n = outcomes == null ? 0 : outcomes.verdicts().getOrDefault(verdict, 0L);
                    cells.add(percent(Outcomes.share(n, visits)));
                }
                cells.add(outcomes == null ? "-" : percent(outcomes.outcomes().keptShare()));
                cells.add(outcomes == null ? "-" : percent(late(outcomes.outcomes(), LateOutcomes::keptLateShare)));
                cells.add(outcomes == null ? "-" : percent(outcomes.excusesNotCredibleShare()));
                cells.add(outcomes == null ? "-" : auc(outcomes.credibilityForGenuine()));
                cells.add(outcomes == null ? "-" : auc(outcomes.riskForBroken()));
            }
            table.row(cells.toArray(String[]::new));
        }
        table.print(out, "  ");
    }

    private void byIntent(PrintWriter out) {
        out.println("By hidden excuse intent: share of excuses per verdict");
        TextTable table = TextTable.labelledFirst();
        sideNames(table, 4);
        List<String> head = new ArrayList<>(List.of("intent"));
        sides.forEach(side -> head.addAll(List.of("excuses", "CREDIBLE", "DOUBTFUL", "NOT_CRED")));
        table.row(head.toArray(String[]::new));
        Set<String> intents = new TreeSet<>();
        sides.forEach(side -> intents.addAll(side.excuseVerdictsByIntent().keySet()));
        for (String intent : intents) {
            List<String> cells = new ArrayList<>(List.of(intent));
            for (MetricsReport side : sides) {
                Map<Verdict, Long> verdicts = side.excuseVerdictsByIntent().getOrDefault(intent, Map.of());
                long excuses = verdicts.values().stream().mapToLong(Long::longValue).sum();
                cells.add(count(excuses));
                for (Verdict verdict : List.of(Verdict.CREDIBLE, Verdict.DOUBTFUL, Verdict.NOT_CREDIBLE)) {
                    cells.add(percent(Outcomes.share(verdicts.getOrDefault(verdict, 0L), excuses)));
                }
            }
            table.row(cells.toArray(String[]::new));
        }
        table.print(out, "  ");
    }

    private static String auc(Separation separation) {
        return separation == null || separation.auc() == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", separation.auc());
    }

    /** With a challenger, a row naming the side above the first column of each side's group of columns. */
    private void sideNames(TextTable table, int columnsPerSide) {
        if (sides.size() < 2) {
            return;
        }
        List<String> cells = new ArrayList<>(List.of(""));
        for (String name : names) {
            cells.add(name);
            for (int i = 1; i < columnsPerSide; i++) {
                cells.add("");
            }
        }
        table.row(cells.toArray(String[]::new));
    }

    private void row(TextTable table, String label, Function<MetricsReport, String> value) {
        List<String> cells = new ArrayList<>(List.of(label));
        sides.forEach(side -> cells.add(String.valueOf(value.apply(side) == null ? "-" : value.apply(side))));
        table.row(cells.toArray(String[]::new));
    }

    private static String[] header(String first, List<String> names) {
        List<String> cells = new ArrayList<>(List.of(first));
        cells.addAll(names);
        return cells.toArray(String[]::new);
    }

    private static List<String> outcomeCells(Outcomes outcomes) {
        if (outcomes == null) {
            return List.of("0", "0", "-", "-", "-", "-");
        }
        return List.of(count(outcomes.visits()), count(outcomes.judged()), percent(outcomes.keptShare()),
                percent(outcomes.partialShare()), percent(outcomes.brokenShare()),
                percent(late(outcomes, LateOutcomes::keptLateShare)));
    }

    /** A figure of the outcomes once the late days were over, or null when the late payments are not known. */
    private static Double late(Outcomes outcomes, Function<LateOutcomes, Double> figure) {
        return outcomes.withLateDays() == null ? null : figure.apply(outcomes.withLateDays());
    }

    static String count(long n) {
        return String.format("%,d", n);
    }

    static String percent(Double share) {
        return share == null ? "-" : String.format("%.1f%%", share * 100);
    }

    static String money(BigDecimal amount) {
        return String.format("%,d", amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
