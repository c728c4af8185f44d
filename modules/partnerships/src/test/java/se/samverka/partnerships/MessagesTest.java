package se.samverka.partnerships;

import org.junit.jupiter.api.Test;
import se.samverka.partnerships.budget.CostCategory;
import se.samverka.partnerships.country.Region;
import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.CoreArea;
import se.samverka.partnerships.partnership.PartnershipStatus;
import se.samverka.partnerships.partnership.Side;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.partnerships.phase.PhaseStatus;
import se.samverka.partnerships.report.ReportKind;
import se.samverka.partnerships.report.ReportStatus;
import se.samverka.partnerships.results.ChangeLevel;
import se.samverka.partnerships.results.ResultLevel;
import se.samverka.partnerships.visit.Direction;
import se.samverka.testkit.BundleCheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the module can be said in Swedish and English, and every code has its name. */
class MessagesTest {

    static final BundleCheck BUNDLE = BundleCheck.of("i18n.partnerships");

    @Test
    void theBundlePassesThePlatformsChecks() {
        BUNDLE.bothLanguagesHaveTheSameKeys();
        BUNDLE.everyMessageIsAValidPattern();
        assertThat(BUNDLE.everyKeyTheCodeNamesExists(Path.of("src/main/java"), Set.of())).hasSizeGreaterThan(100);
    }

    @Test
    void everyCodeHasAName() {
        Set<String> keys = BUNDLE.keys();
        check(keys, CoreArea.values(), CoreArea::labelKey);
        check(keys, PartnershipStatus.values(), PartnershipStatus::labelKey);
        check(keys, Side.values(), Side::labelKey);
        check(keys, ContactRole.values(), ContactRole::labelKey);
        check(keys, PhaseKind.values(), PhaseKind::labelKey);
        check(keys, PhaseStatus.values(), PhaseStatus::labelKey);
        check(keys, CostCategory.values(), CostCategory::labelKey);
        check(keys, Region.values(), Region::labelKey);
        check(keys, Direction.values(), Direction::labelKey);
        check(keys, ReportKind.values(), ReportKind::labelKey);
        check(keys, ReportStatus.values(), ReportStatus::labelKey);
        check(keys, ResultLevel.values(), ResultLevel::labelKey);
        check(keys, ChangeLevel.values(), ChangeLevel::labelKey);
    }

    private static <E> void check(Set<String> keys, E[] values, Function<E, String> key) {
        assertThat(keys).containsAll(List.of(values).stream().map(key).toList());
    }
}
