package se.samverka.platform.core.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.i18n.Messages;
import se.samverka.platform.core.testing.KaribuPortal;
import se.samverka.testkit.PortalExtension;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The accessibility statement DOS-lagen requires (issue 13, must-have 6): public, after DIGG's model, in both languages. */
class AccessibilityStatementTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuSession karibu = new KaribuSession(portal);

    @Test
    void aVisitorReadsTheStatementWithoutSigningIn() {
        KaribuPortal.as(null, null, AccessibilityStatementView.ROUTE);

        assertThat(_get(H1.class, spec -> spec.withText("Tillgänglighet för Samverka"))).isNotNull();
        // DIGG's model statement, section by section
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Hur tillgänglig är webbplatsen?",
                "Vad kan du göra om du inte kan använda delar av webbplatsen?", "Rapportera brister i webbplatsens tillgänglighet",
                "Tillsyn", "Teknisk information om webbplatsens tillgänglighet", "Innehåll som inte är tillgängligt",
                "Hur vi testat webbplatsen");
        assertThat(_get(Paragraph.class, spec -> spec.withId("a11y-level")).getText()).contains("WCAG 2.1 nivå AA").contains("delvis förenlig");
        assertThat(_get(Anchor.class, spec -> spec.withId("a11y-digg")).getHref()).isEqualTo("https://www.digg.se/tdosanmalan");
        assertThat(_get(Anchor.class, spec -> spec.withId("a11y-report")).getHref()).isEqualTo("mailto:tillganglighet@samverka.example");
        assertThat(_get(Paragraph.class, spec -> spec.withId("a11y-dates")).getElement().getTextRecursively())
                .contains("publicerades den 4 december 2026").contains("uppdaterades senast den 4 december 2026");
        List<String> issues = _find(ListItem.class).stream().map(i -> i.getElement().getTextRecursively()).toList();
        // what axe-core still reports in the browser tests, each with its success criterion
        assertThat(issues).anyMatch(i -> i.contains("saknar kolumnen med knappar") && i.contains("1.3.1"))
                .anyMatch(i -> i.contains("anslutningsindikator") && i.contains("1.3.1"));
        assertThat(_get(AccessibilityStatementView.class).getElement().getOuterHTML())
                .contains("Kommunerna och regionerna som använder Samverka står bakom");
    }

    @Test
    void theStatementNamesTheTenantAndSpeaksEnglish() {
        KaribuPortal.locale(Messages.ENGLISH);
        PortalUser officer = new PortalUser("officer.tenant-a", "Olle", Set.of(Roles.CASE_OFFICER), List.of("tenant-a"), Optional.empty());
        KaribuPortal.as(officer, "tenant-a", AccessibilityStatementView.ROUTE);

        assertThat(_get(H1.class, spec -> spec.withText("Accessibility of Samverka"))).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("a11y-level")).getText()).contains("WCAG 2.1 level AA").contains("partially");
        assertThat(_get(AccessibilityStatementView.class).getElement().getOuterHTML()).contains("Kommun A is responsible for this website")
                .contains("December 4, 2026");
    }
}
