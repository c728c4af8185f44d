package se.samverka.platform.api.data;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsTest {

    @Test
    void blanksAroundAreDroppedAndABlankTextIsNone() {
        assertThat(Texts.optional("m.field.title", "  Läxhjälp \n", 20)).isEqualTo("Läxhjälp");
        assertThat(Texts.optional("m.field.title", " \t ", 20)).isNull();
    }

    @Test
    void aRequiredOrTooLongTextIsRefusedAtItsField() {
        assertThatThrownBy(() -> Texts.required("m.field.registry-number", " ", 20)).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.messageKey()).isEqualTo(Texts.REQUIRED);
            assertThat(r.field()).contains("registryNumber");
        });
        assertThatThrownBy(() -> Texts.optional("m.field.title", "x".repeat(21), 20)).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.messageKey()).isEqualTo(Texts.TOO_LONG);
            assertThat(r.arguments()).contains(20);
            assertThat(r.field()).contains("title");
        });
    }
}
