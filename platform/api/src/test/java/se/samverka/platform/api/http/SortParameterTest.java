package se.samverka.platform.api.http;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.UnreadableParameter;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortParameterTest {

    static final Map<String, String> COLUMNS = Map.of("title", "TITLE", "periodEnd", "PERIOD_END");

    static Optional<SortParameter.Order<String>> parse(String sort) {
        return SortParameter.parse(sort, name -> Optional.ofNullable(COLUMNS.get(name)), COLUMNS.keySet());
    }

    @Test
    void aColumnAscendingByDefaultDescendingWithDescOrAMinus() {
        assertThat(parse("title")).contains(new SortParameter.Order<>("TITLE", true));
        assertThat(parse("periodEnd,desc")).contains(new SortParameter.Order<>("PERIOD_END", false));
        assertThat(parse(" -periodEnd ")).contains(new SortParameter.Order<>("PERIOD_END", false));
        assertThat(parse("title,ASC")).contains(new SortParameter.Order<>("TITLE", true));
        assertThat(parse(null)).isEmpty();
        assertThat(parse(" ")).isEmpty();
    }

    @Test
    void anUnknownColumnOrDirectionIsRefusedNamingTheColumnsThereAre() {
        for (String wrong : new String[]{"status", "title,up", "-title,desc"}) {
            assertThatThrownBy(() -> parse(wrong)).isInstanceOfSatisfying(UnreadableParameter.class, r -> {
                assertThat(r.messageKey()).isEqualTo(SortParameter.UNKNOWN);
                assertThat(r.arguments()).containsExactly(wrong, "periodEnd, title");
            });
        }
    }
}
