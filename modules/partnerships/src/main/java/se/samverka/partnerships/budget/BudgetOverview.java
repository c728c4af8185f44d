package se.samverka.partnerships.budget;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.partnerships.budget.BudgetRepositories.Spent;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.PhaseKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A partnership's budget against what was spent: per phase, accounting year and cost category the approved
 * amount, what was spent and what remains; the ceiling that applies (per phase for an inception phase, per
 * year otherwise) and whether the budget is over it; ineligible costs flagged; claims and what came back.
 */
@Serdeable
public record BudgetOverview(List<PhaseBudget> phases, long approved, long spent, long remaining) {

    /** One phase's budget. {@code overCeiling}: the year (or, for an inception phase, the whole) whose budget is over. */
    @Serdeable
    public record PhaseBudget(long phaseId, PhaseKind kind, @Nullable Integer projectYear, List<Line> lines, long approved,
                              long spent, long remaining, @Nullable Long ceiling, List<Integer> yearsOverCeiling,
                              long claimed, long received, boolean ineligibleSpent) {

        public boolean overCeiling() {
            return !yearsOverCeiling.isEmpty();
        }
    }

    /** A year and category of a phase. */
    @Serdeable
    public record Line(int year, CostCategory category, long approved, long spent, long remaining, boolean eligible) {
    }

    static BudgetOverview of(List<Phase> phases, List<BudgetLine> lines, List<Spent> spent, List<Claim> claims,
                             Map<PhaseKind, Long> ceilings) {
        List<PhaseBudget> budgets = new ArrayList<>();
        for (Phase phase : phases) {
            // by year, then category in the enum's order
            Map<Integer, long[]> cells = new TreeMap<>();
            lines.stream().filter(l -> l.phaseId() == phase.id())
                    .forEach(l -> cells.computeIfAbsent(cell(l.budgetYear(), l.category()), k -> new long[2])[0] += l.amountSek());
            spent.stream().filter(s -> s.phaseId() == phase.id())
                    .forEach(s -> cells.computeIfAbsent(cell(s.budgetYear(), s.category()), k -> new long[2])[1] += s.amountSek());
            List<Line> rows = new ArrayList<>();
            cells.forEach((key, amounts) -> {
                CostCategory category = CostCategory.values()[key % 100];
                rows.add(new Line(key / 100, category, amounts[0], amounts[1], amounts[0] - amounts[1], category.eligible()));
            });
            long approved = rows.stream().mapToLong(Line::approved).sum();
            long used = rows.stream().mapToLong(Line::spent).sum();
            Long ceiling = ceilings.get(phase.kind());
            List<Integer> over = new ArrayList<>();
            if (ceiling != null) {
                if (phase.kind() == PhaseKind.INCEPTION) {
                    if (approved > ceiling) {
                        over.add(phase.startsOn().getYear());
                    }
                } else {
                    Map<Integer, Long> perYear = new TreeMap<>();
                    rows.forEach(r -> perYear.merge(r.year(), r.approved(), Long::sum));
                    perYear.forEach((year, sum) -> {
                        if (sum > ceiling) {
                            over.add(year);
                        }
                    });
                }
            }
            List<Claim> ofPhase = claims.stream().filter(c -> c.phaseId() == phase.id()).toList();
            budgets.add(new PhaseBudget(phase.id(), phase.kind(), phase.projectYear(), rows, approved, used, approved - used, ceiling,
                    over, ofPhase.stream().mapToLong(Claim::claimedSek).sum(),
                    ofPhase.stream().mapToLong(c -> c.receivedSek() == null ? 0 : c.receivedSek()).sum(),
                    rows.stream().anyMatch(r -> !r.eligible() && r.spent() > 0)));
        }
        long approved = budgets.stream().mapToLong(PhaseBudget::approved).sum();
        long spentTotal = budgets.stream().mapToLong(PhaseBudget::spent).sum();
        return new BudgetOverview(budgets, approved, spentTotal, approved - spentTotal);
    }

    private static int cell(int year, CostCategory category) {
        return year * 100 + category.ordinal();
    }
}
