package se.samverka.agreements.ui.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.followup.IndicatorDefinition;
import se.samverka.agreements.followup.Indicators;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.agreements.ui.form.NewAgreementView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;

/** Every text the detail view, its tabs and the forms show comes from the bundles, in Swedish and in English. */
class EveryTextIsTranslatedTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void noViewShowsAMissingMessageKey(String language) {
        AgreementDetails active = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> {
            AgreementDetails agreement = TestAgreements.active(TestAgreements.partner(TestAgreements.alias("i18n")).id());
            TestPortal.bean(Indicators.class).add(agreement.id(), IndicatorDefinition.count("Antal deltagare"));
            return agreement;
        });
        karibu.locale(Locale.forLanguageTag(language));
        List<String> texts = new ArrayList<>();

        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, AgreementDetailView.path(active.id()));
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("agreement-tabs"));
        List<Tab> all = _find(tabs, Tab.class);
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);
        for (Tab tab : all) {
            tabs.setSelectedTab(tab);
            collect(UI.getCurrent(), texts);
        }
        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, NewAgreementView.ROUTE);
        collect(UI.getCurrent(), texts);
        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, "agreements/" + active.id() + "/edit");
        collect(UI.getCurrent(), texts);

        assertThat(texts).isNotEmpty().noneMatch(text -> text.contains("!agreements.") || text.contains("agreements.ui."));
    }

    private static void collect(Component root, List<String> texts) {
        descendants(root).forEach(component -> {
            texts.add(component.getElement().getText());
            String label = component.getElement().getProperty("label");
            if (label != null) {
                texts.add(label);
            }
            if (component instanceof Grid<?> grid) {
                grid.getColumns().forEach(column -> texts.add(String.valueOf(column.getHeaderText())));
            }
        });
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(c -> Stream.concat(Stream.of(c), descendants(c)));
    }
}
