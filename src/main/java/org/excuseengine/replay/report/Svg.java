package org.excuseengine.replay.report;

import java.util.Locale;

/**
 * One SVG chart being written: a fixed coordinate space scaled to the page's width by CSS, with a
 * title for screen readers. Coordinates are printed with one decimal, enough for a sharp line.
 */
final class Svg {
    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;
    private final String title;

    Svg(int width, int height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    /** A rectangle; {@code extra} holds further attributes (a metric, a class), {@code tip} its hover text. */
    Svg rect(double x, double y, double w, double h, String cssClass, String extra, String tip) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(Math.max(0, h))).append("\" class=\"").append(cssClass).append('"')
                .append(extra == null ? "" : extra).append('>');
        if (tip != null) {
            body.append("<title>").append(Html.escape(tip)).append("</title>");
        }
        body.append("</rect>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    /** Text; {@code anchor} is start, middle or end. */
    Svg text(double x, double y, String text, String anchor, String cssClass) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" class=\"").append(cssClass).append("\">").append(Html.escape(text)).append("</text>");
        return this;
    }

    /** A line through the points, given as x, y pairs. */
    Svg polyline(double[] points, String cssClass, String extra) {
        body.append("<polyline class=\"").append(cssClass).append('"').append(extra == null ? "" : extra).append(" points=\"");
        for (int i = 0; i < points.length; i += 2) {
            body.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
        }
        body.append("\"/>");
        return this;
    }

    Svg circle(double x, double y, double r, String cssClass, String extra, String tip) {
        body.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" class=\"").append(cssClass).append('"').append(extra == null ? "" : extra).append('>');
        if (tip != null) {
            body.append("<title>").append(Html.escape(tip)).append("</title>");
        }
        body.append("</circle>");
        return this;
    }

    @Override
    public String toString() {
        return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + width + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + Html.escape(title)
                + "\"><title>" + Html.escape(title) + "</title>" + body + "</svg>";
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
