package se.samverka.agreements.ui.list;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.AgreementSearch;
import se.samverka.agreements.agreement.AgreementSort;
import se.samverka.agreements.lifecycle.AgreementStatus;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ListFilterTest {

    @Test
    void theAddressCarriesEveryFilterAndTheSort() {
        ListFilter filter = new ListFilter(AgreementStatus.ACTIVE, 7L, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                "Junis", AgreementSort.PERIOD_END, false, true);
        String query = filter.queryString();
        assertThat(query).isEqualTo("status=ACTIVE&partner=7&from=2025-01-01&to=2025-12-31&q=Junis&mine=true&sort=-PERIOD_END");
        assertThat(filter.search().mine()).isTrue();
        assertThat(ListFilter.from(QueryParameters.fromString(query))).isEqualTo(filter);
    }

    @Test
    void noFilterIsAnEmptyAddressAndSearchesEverything() {
        assertThat(ListFilter.NONE.queryString()).isEmpty();
        assertThat(ListFilter.from(QueryParameters.empty()).search()).isEqualTo(AgreementSearch.ALL);
    }

    @Test
    void anEditedAddressWithUnreadableValuesIsIgnoredNotRefused() {
        ListFilter filter = ListFilter.from(QueryParameters.fromString(
                "status=SIGNED&partner=x1&from=2025-13-01&to=igår&q=%20&sort=COLOUR"));
        assertThat(filter).isEqualTo(ListFilter.NONE);
    }

    @Test
    void anAscendingSortNamesOnlyTheColumn() {
        ListFilter filter = ListFilter.from(QueryParameters.fromString("sort=TITLE"));
        assertThat(filter.sort()).isEqualTo(AgreementSort.TITLE);
        assertThat(filter.ascending()).isTrue();
        assertThat(filter.queryString()).isEqualTo("sort=TITLE");
    }
}
