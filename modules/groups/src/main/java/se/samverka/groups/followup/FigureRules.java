package se.samverka.groups.followup;

import se.samverka.platform.api.refusal.Refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consistency rules of a half-year's figures, each with the field it concerns: the form shows every
 * broken one as the user types, the service refuses the first on saving.
 * <ul>
 *   <li>no count is negative; the required figures are given when submitted;</li>
 *   <li>new + remaining = enrolled;</li>
 *   <li>not attending, asked for by another service and with experience of violence: at most the enrolled;</li>
 *   <li>each breakdown sums to at most the figure it breaks down, with categories from its code list only.</li>
 * </ul>
 */
public final class FigureRules {

    private FigureRules() {
    }

    /** Every rule the figures break; with {@code complete}, missing required figures too. */
    public static List<Refusal> broken(Figures figures, boolean complete) {
        List<Refusal> broken = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            Integer value = figures.value(figure);
            if (value == null && complete && figure.required()) {
                broken.add(new Refusal("groups.figures.required", Refusal.label(figure.labelKey())).at(figure.field()));
            } else if (value != null && value < 0) {
                broken.add(new Refusal("groups.figures.negative", Refusal.label(figure.labelKey())).at(figure.field()));
            }
        }
        Integer enrolled = nonNegative(figures.enrolled());
        Integer newChildren = nonNegative(figures.newChildren());
        Integer remaining = nonNegative(figures.remaining());
        if (enrolled != null && newChildren != null && remaining != null && newChildren + remaining != enrolled) {
            broken.add(new Refusal("groups.figures.new-and-remaining", newChildren, remaining, enrolled)
                    .at(Figure.REMAINING.field()));
        }
        for (Figure part : List.of(Figure.NOT_ATTENDING, Figure.REQUESTED, Figure.VIOLENCE)) {
            Integer value = nonNegative(figures.value(part));
            if (enrolled != null && value != null && value > enrolled) {
                broken.add(new Refusal("groups.figures.more-than-enrolled", Refusal.label(part.labelKey()), value, enrolled)
                        .at(part.field()));
            }
        }
        for (Breakdown breakdown : Breakdown.values()) {
            checkBreakdown(figures, breakdown, broken);
        }
        return broken;
    }

    /** The figures, or the first rule they break as a refusal at its field. */
    public static Figures check(Figures figures, boolean complete) {
        List<Refusal> broken = broken(figures, complete);
        if (!broken.isEmpty()) {
            throw broken.get(0);
        }
        return figures;
    }

    private static void checkBreakdown(Figures figures, Breakdown breakdown, List<Refusal> broken) {
        int sum = 0;
        for (Map.Entry<String, Integer> count : figures.breakdown(breakdown).entrySet()) {
            String field = breakdown.field() + "." + count.getKey();
            if (!breakdown.categories().contains(count.getKey())) {
                broken.add(new Refusal("groups.figures.unknown-category", count.getKey(), Refusal.label(breakdown.labelKey()))
                        .at(field));
            } else if (count.getValue() < 0) {
                broken.add(new Refusal("groups.figures.negative", Refusal.label(breakdown.categoryKey(count.getKey())))
                        .at(field));
            } else {
                sum += count.getValue();
            }
        }
        Integer parent = nonNegative(figures.value(breakdown.parent()));
        if (parent != null && sum > parent) {
            broken.add(new Refusal("groups.figures.breakdown-too-large", Refusal.label(breakdown.labelKey()), sum,
                    Refusal.label(breakdown.parent().labelKey()), parent).at(breakdown.field()));
        }
    }

    private static Integer nonNegative(Integer value) {
        return value == null || value < 0 ? null : value;
    }
}
