package org.excuseengine.replay.report;

import org.excuseengine.replay.MetricsReport;

/**
 * One rule set's metrics as the report shows them: its name on the page and its key in the
 * metrics file ({@code champion} or {@code challenger}), where its figures' pointers start.
 */
record ReportSide(String key, MetricsReport metrics) {
    String pointer(Object... parts) {
        Object[] all = new Object[parts.length + 1];
        all[0] = key;
        System.arraycopy(parts, 0, all, 1, parts.length);
        return Html.pointer(all);
    }
}
