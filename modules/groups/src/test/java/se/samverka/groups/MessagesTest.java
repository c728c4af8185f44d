package se.samverka.groups;

import org.junit.jupiter.api.Test;
import se.samverka.groups.followup.Breakdown;
import se.samverka.groups.followup.Figure;
import se.samverka.groups.followup.FollowUpStatus;
import se.samverka.groups.group.CancelReason;
import se.samverka.groups.group.GroupStatus;
import se.samverka.groups.programme.ProgrammeKind;
import se.samverka.groups.programme.TargetSituation;
import se.samverka.testkit.BundleCheck;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the module can be said in Swedish and English, and every code has its name. */
class MessagesTest {

    static final BundleCheck BUNDLE = BundleCheck.of("i18n.groups");

    @Test
    void theBundlePassesThePlatformsChecks() {
        BUNDLE.bothLanguagesHaveTheSameKeys();
        BUNDLE.everyMessageIsAValidPattern();
        // keys the code completes from a prefix and a code (groups.kind. + SUPPORT_GROUP) are checked below
        assertThat(BUNDLE.everyKeyTheCodeNamesExists(Path.of("src/main/java"), Set.of())).hasSizeGreaterThan(40);
    }

    @Test
    void everyCodeHasAName() {
        Set<String> keys = BUNDLE.keys();
        for (Figure figure : Figure.values()) {
            assertThat(keys).contains(figure.labelKey());
        }
        for (Breakdown breakdown : Breakdown.values()) {
            assertThat(keys).contains(breakdown.labelKey());
            breakdown.categories().forEach(category -> assertThat(keys).contains(breakdown.categoryKey(category)));
        }
        for (ProgrammeKind kind : ProgrammeKind.values()) {
            assertThat(keys).contains(kind.labelKey());
        }
        for (TargetSituation situation : TargetSituation.values()) {
            assertThat(keys).contains(situation.labelKey());
        }
        for (GroupStatus status : GroupStatus.values()) {
            assertThat(keys).contains(status.labelKey());
        }
        for (CancelReason reason : CancelReason.values()) {
            assertThat(keys).contains(reason.labelKey());
        }
        for (FollowUpStatus status : FollowUpStatus.values()) {
            assertThat(keys).contains(status.labelKey());
        }
    }
}
