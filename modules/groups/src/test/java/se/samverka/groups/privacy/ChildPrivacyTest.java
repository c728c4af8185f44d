package se.samverka.groups.privacy;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildPrivacyTest {

    @Test
    void aPersonalIdentityNumberInACommentIsRefusedAtTheField() {
        assertThatThrownBy(() -> ChildPrivacy.checked("comment", "groups.field.comment", "Ett barn (20120314-2383?) slutade", 2000))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.messageKey()).isEqualTo("groups.privacy.personal-number");
                    assertThat(r.field()).contains("comment");
                });
    }

    @Test
    void countsDatesAndPhoneNumbersPass() {
        assertThat(ChildPrivacy.checked("comment", "groups.field.comment",
                "  Två grupper startade 2025-02-03; ring 036-324092 vid frågor.  ", 2000))
                .isEqualTo("Två grupper startade 2025-02-03; ring 036-324092 vid frågor.");
        assertThat(ChildPrivacy.checked("comment", "groups.field.comment", " ", 2000)).isNull();
    }

    @Test
    void probableFirstNamesArePointedOutOnce() {
        assertThat(ChildPrivacy.probableNames("Alva och Noah slutade. alva kom tillbaka, Alva igen; Orust skola"))
                .containsExactly("Alva", "Noah");
        assertThat(ChildPrivacy.probableNames("Tre barn slutade efter jul.")).isEmpty();
    }
}
