package se.samverka.platform.core.partners;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.security.UserContext;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.platform.core.testing.KaribuExtension;
import se.samverka.testkit.PortalExtension;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.validation.OrganisationNumbers;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class PartnersViewTest {

    static final String TENANT_A = "tenant-a";
    static final String TENANT_B = "tenant-b";

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuExtension karibu = new KaribuExtension(portal::context);

    final PortalUser officer = user(Roles.CASE_OFFICER, TENANT_A);

    @Test
    void anInvalidOrganisationNumberIsShownAtTheFieldAndNothingIsSaved() {
        String name = "Förening " + alias("inv");
        karibu.show(officer, TENANT_A, PartnersView.ROUTE);
        _click(_get(Button.class, spec -> spec.withId("partners-new")));
        _setValue(field("partner-name"), name);
        _setValue(field("partner-organisation-number"), "212000-1315");
        _click(_get(Button.class, spec -> spec.withId("partner-save")));

        TextField number = field("partner-organisation-number");
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).contains("kontrollsiffran");
        assertThat(_get(Dialog.class, spec -> spec.withId("partner-dialog")).isOpened()).isTrue();
        assertThat(field("partner-name").getValue()).as("nothing the user typed is lost").isEqualTo(name);
        assertThat(savedNamed(name)).isEmpty();
    }

    @Test
    void aForeignOrganisationHasNoSwedishNumber() {
        karibu.show(officer, TENANT_A, PartnersView.ROUTE);
        _click(_get(Button.class, spec -> spec.withId("partners-new")));
        _setValue(field("partner-name"), "JB Marks " + alias("f"));
        _setValue(field("partner-organisation-number"), validNumber());
        @SuppressWarnings("unchecked")
        Select<PartnerKind> kind = _get(Select.class, spec -> spec.withId("partner-kind"));
        _setValue(kind, PartnerKind.FOREIGN_LOCAL_GOVERNMENT);

        assertThat(field("partner-organisation-number").isInvalid()).isTrue();
        assertThat(field("partner-organisation-number").getErrorMessage()).contains("utländsk");
    }

    @Test
    void aValidPartnerIsSavedAndListed() {
        String name = "Förening " + alias("ok");
        String number = validNumber();
        karibu.show(officer, TENANT_A, PartnersView.ROUTE);
        _click(_get(Button.class, spec -> spec.withId("partners-new")));
        _setValue(field("partner-name"), name);
        _setValue(field("partner-organisation-number"), number.replace("-", ""));
        _setValue(field("partner-email"), "info@example.se");
        _click(_get(Button.class, spec -> spec.withId("partner-save")));

        List<PartnerOrganisation> saved = savedNamed(name);
        assertThat(saved).singleElement().satisfies(p -> {
            assertThat(p.organisationNumber()).isEqualTo(number);
            assertThat(p.email()).isEqualTo("info@example.se");
        });
        _assertNone(Dialog.class, spec -> spec.withId("partner-dialog"));
        _setValue(field("partners-search"), name);
        assertThat(_fetch(grid(), 0, _size(grid()))).extracting(PartnerOrganisation::name).containsExactly(name);
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
    }

    @Test
    void anInvalidEmailIsShownAtTheField() {
        karibu.show(officer, TENANT_A, PartnersView.ROUTE);
        _click(_get(Button.class, spec -> spec.withId("partners-new")));
        TextField email = field("partner-email");
        _setValue(email, "inte en adress");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("inte en adress");
    }

    @Test
    void aStaleSaveIsRefusedWithWhoChangedIt() {
        PartnerOrganisation partner = as(officer, TENANT_A, () -> partner(alias("st")));
        karibu.show(officer, TENANT_A, PartnersView.ROUTE);
        _setValue(field("partners-search"), partner.name());
        _click((Button) _getCellComponent(grid(), 0, "edit"));

        PortalUser admin = user(Roles.TENANT_ADMIN, TENANT_A);
        as(admin, TENANT_A, () -> portal.bean(PartnerRegister.class).update(partner.id(), partner.version(),
                new PartnerDetails(partner.name(), null, PartnerKind.FOUNDATION, null, partner.directoryAlias(), null, null, null, null)));
        _setValue(field("partner-contact-person"), "Kim Kontakt");
        _click(_get(Button.class, spec -> spec.withId("partner-save")));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).contains(admin.username()).contains("Ingenting har sparats"));
        assertThat(_get(Dialog.class, spec -> spec.withId("partner-dialog")).isOpened()).isTrue();
        PartnerOrganisation now = as(officer, TENANT_A,
                () -> portal.bean(PartnerRegister.class).find(partner.id())).orElseThrow();
        assertThat(now.kind()).isEqualTo(PartnerKind.FOUNDATION);
        assertThat(now.contactPerson()).isNull();
    }

    @Test
    void aReaderSeesTheRegisterWithoutCreateOrEdit() {
        PartnerOrganisation partner = as(officer, TENANT_A, () -> partner(alias("rd")));
        karibu.show(user(Roles.READER, TENANT_A), TENANT_A, PartnersView.ROUTE);
        _setValue(field("partners-search"), partner.name());
        assertThat(_size(grid())).isEqualTo(1);
        _assertNone(Button.class, spec -> spec.withId("partners-new"));
        assertThat(grid().getColumnByKey("edit")).isNull();
    }

    @Test
    void aPartnerUserCannotOpenTheRegister() {
        karibu.show(partnerUser(alias("pu"), TENANT_A), TENANT_A, PartnersView.ROUTE);
        _assertNone(Grid.class, spec -> spec.withId("partners-grid"));
    }

    @Test
    void theRegisterListsTheCurrentTenantsPartnersOnly() {
        PortalUser officerB = user(Roles.CASE_OFFICER, TENANT_B);
        PartnerOrganisation inB = as(officerB, TENANT_B, () -> partner(alias("tb")));
        karibu.show(officer, TENANT_A, PartnersView.ROUTE);
        _setValue(field("partners-search"), inB.name());
        assertThat(_size(grid())).isZero();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PartnerOrganisation> grid() {
        return _get(Grid.class, spec -> spec.withId("partners-grid"));
    }

    private List<PartnerOrganisation> savedNamed(String name) {
        return as(officer, TENANT_A, () -> portal.bean(PartnerRegister.class)
                .search(name, Pageable.from(0, 10)).getContent());
    }

    /** A random organisation number with a correct check digit, so tests never collide on it. */
    static String validNumber() {
        String nine = "80" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        for (int check = 0; check < 10; check++) {
            if (OrganisationNumbers.hasValidCheckDigit(nine + check)) {
                return OrganisationNumbers.canonical(nine + check);
            }
        }
        throw new IllegalStateException("no check digit for " + nine);
    }

    // --- the test's people and records --------------------------------------------------------------

    static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

    static String alias(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    static PortalUser user(String role, String tenant) {
        return new PortalUser(role + "." + tenant, "Anna " + role, java.util.Set.of(role), List.of(tenant), java.util.Optional.empty());
    }

    static PortalUser partnerUser(String organisation, String tenant) {
        return new PortalUser("partner." + organisation, "Partner", java.util.Set.of(Roles.PARTNER), List.of(tenant),
                java.util.Optional.of(organisation));
    }

    /** As another user for a moment; the UI's user (the session filter's) is back afterwards. */
    static <T> T as(PortalUser user, String tenant, java.util.function.Supplier<T> work) {
        PortalUser before = UserContext.current().orElse(null);
        UserContext.set(user);
        try {
            return TenantContext.callAs(tenant, work);
        } finally {
            UserContext.set(before);
        }
    }

    /** A registered organisation with this directory alias, in the current tenant. */
    static PartnerOrganisation partner(String alias) {
        return portal.bean(PartnerRegister.class).create(new PartnerDetails("Förening " + alias, null,
                PartnerKind.NON_PROFIT_ASSOCIATION, null, alias, null, null, null, null));
    }
}
