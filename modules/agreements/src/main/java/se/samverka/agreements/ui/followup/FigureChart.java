package se.samverka.agreements.ui.followup;

import com.vaadin.flow.component.Svg;
import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.ui.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One number indicator's figures as a small line chart in inline SVG (Vaadin's own charts are not free). It is
 * an image to assistive technology: {@code role="img"} with a label that sums it up, the table above being its
 * full text equivalent. It scales to its column (a viewBox, 100 % wide), so it fits a 390 px phone; the line,
 * the points and the text take Lumo's text colours, which keep their contrast in the light and the dark theme;
 * each point's value is written beside it (when there is room), so colour and position are never the only sign.
 * A period without a figure breaks the line instead of being drawn as zero.
 */
final class FigureChart {

    /** One period on the x axis and its figure, or null when it was not reported. */
    record Point(String label, @Nullable Long value) {
    }

    static final int WIDTH = 360;
    static final int HEIGHT = 190;
    private static final int LEFT = 44;
    private static final int RIGHT = 26;
    private static final int TOP = 22;
    private static final int BOTTOM = 30;
    /** Above this many points only the latest value is written beside its point. */
    private static final int LABELLED_POINTS = 8;
    /** About this many period labels fit under the chart; the others are in the table. */
    private static final int X_LABELS = 6;

    private FigureChart() {
    }

    /** The chart as a component: an image with its summary as the accessible name. */
    static Svg of(String id, String summary, List<Point> points) {
        Svg chart = new Svg(svg(summary, points));
        chart.setId(id);
        chart.addClassName("figure-chart");
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", summary);
        chart.getStyle().set("width", "100%").set("max-width", "32rem");
        return chart;
    }

    static String svg(String summary, List<Point> points) {
        long highest = points.stream().map(Point::value).filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
        long step = step(highest);
        long top = Math.max(step, (highest + step - 1) / step * step);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-hidden=\"true\" focusable=\"false\"")
                .append(" style=\"display:block;height:auto;font-family:var(--lumo-font-family);font-size:12px\">")
                .append("<title>").append(escape(summary)).append("</title>");
        // the value axis: a line per step, labelled
        for (long value = 0; value <= top; value += step) {
            double y = TOP + plotHeight - plotHeight * value / top;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(num(y))
                    .append("\" y2=\"").append(num(y)).append("\" style=\"stroke:var(--lumo-contrast-")
                    .append(value == 0 ? "60pct" : "20pct").append(");stroke-width:1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\" style=\"fill:var(--lumo-secondary-text-color)\">")
                    .append(escape(Formats.count(value))).append("</text>");
        }
        List<double[]> segment = new ArrayList<>();
        StringBuilder marks = new StringBuilder();
        int every = Math.max(1, (points.size() + X_LABELS - 1) / X_LABELS);
        int latest = latestReported(points);
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = points.size() == 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * i / (points.size() - 1);
            if (i % every == 0) {
                marks.append("<text x=\"").append(num(x)).append("\" y=\"").append(HEIGHT - 10)
                        .append("\" text-anchor=\"middle\" style=\"fill:var(--lumo-secondary-text-color)\">")
                        .append(escape(point.label())).append("</text>");
            }
            if (point.value() == null) {
                line(svg, segment);
                continue;
            }
            double y = TOP + plotHeight - plotHeight * point.value() / top;
            segment.add(new double[] {x, y});
            marks.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"4\" style=\"fill:var(--lumo-base-color);stroke:var(--lumo-primary-text-color);stroke-width:2\"/>");
            if (points.size() <= LABELLED_POINTS || i == latest) {
                marks.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y - 9))
                        .append("\" text-anchor=\"middle\" style=\"fill:var(--lumo-body-text-color);font-weight:600\">")
                        .append(escape(Formats.count(point.value()))).append("</text>");
            }
        }
        line(svg, segment);
        return svg.append(marks).append("</svg>").toString();
    }

    /** Draws the points reported one after the other as a line, then starts afresh. */
    private static void line(StringBuilder svg, List<double[]> segment) {
        if (segment.size() > 1) {
            svg.append("<polyline points=\"");
            segment.forEach(p -> svg.append(num(p[0])).append(',').append(num(p[1])).append(' '));
            svg.setLength(svg.length() - 1);
            svg.append("\" style=\"fill:none;stroke:var(--lumo-primary-text-color);stroke-width:2.5\"/>");
        }
        segment.clear();
    }

    private static int latestReported(List<Point> points) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).value() != null) {
                return i;
            }
        }
        return -1;
    }

    /** A round step for the value axis: 1, 2 or 5 times a power of ten, about four steps to the highest value. */
    static long step(long highest) {
        double rough = Math.max(1, highest / 4.0);
        long power = 1;
        while (power * 10 <= rough) {
            power *= 10;
        }
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text into the SVG markup: names and labels come from users. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
