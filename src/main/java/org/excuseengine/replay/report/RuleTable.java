package org.excuseengine.replay.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.excuseengine.replay.MetricsReport;

/**
 * Every rule that fired: on how many visits (a bar, longest for the rule that fired most), the
 * share of their known commitments kept in full, and how often the visits' CREDIBLE or
 * NOT_CREDIBLE verdict was borne out; a column group per rule set.
 */
final class RuleTable {
    private RuleTable() {}

    static String table(List<ReportSide> sides) {
        Set<String> rules = new LinkedHashSet<>();
        sides.forEach(side -> side.metrics().rules().forEach(rule -> rules.add(rule.rule())));
        long most = sides.stream().flatMap(side -> side.metrics().rules().stream())
                .mapToLong(rule -> rule.outcomes().visits()).max().orElse(1);
        StringBuilder out = new StringBuilder("<table class=\"rules\"><thead><tr><th>rule</th>");
        sides.forEach(side -> out.append("<th class=\"side-").append(side.key()).append("\">fired (").append(side.key())
                .append(")</th><th>kept</th><th>verdict right</th>"));
        out.append("</tr></thead><tbody>");
        for (String rule : rules) {
            out.append("<tr><th>").append(Html.escape(rule)).append("</th>");
            for (ReportSide side : sides) {
                cells(out, side, rule, most);
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    private static void cells(StringBuilder out, ReportSide side, String rule, long most) {
        List<MetricsReport.RuleOutcomes> rules = side.metrics().rules();
        int index = -1;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).rule().equals(rule)) {
                index = i;
            }
        }
        if (index < 0) {
            out.append("<td class=\"count\">0</td><td>–</td><td>–</td>");
            return;
        }
        MetricsReport.RuleOutcomes outcomes = rules.get(index);
        long visits = outcomes.outcomes().visits();
        String width = String.format(Locale.ROOT, "%.1f", 100.0 * visits / most);
        out.append("<td class=\"count\"><span class=\"bar side-").append(side.key()).append("\" style=\"width:").append(width)
                .append("%\"></span>").append(Html.figure(side.pointer("rules", index, "outcomes", "visits"), visits, Html.count(visits)))
                .append("</td><td>")
                .append(Html.figure(side.pointer("rules", index, "outcomes", "keptShare"), outcomes.outcomes().keptShare(),
                        Html.percent(outcomes.outcomes().keptShare())))
                .append("</td><td>")
                .append(Html.figure(side.pointer("rules", index, "verdictRight", "rightShare"), outcomes.verdictRight().rightShare(),
                        Html.percent(outcomes.verdictRight().rightShare())))
                .append("</td>");
    }
}
