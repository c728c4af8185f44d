package se.samverka.agreements.deadlines;

import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.testing.TestUsers;
import se.samverka.testkit.PortalTestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Two portal instances on one fresh database with the demo users on, so that the user directory
 * knows the people to tell (officer.T, partner.junis, partner.varsol, partner.origo, with their demo
 * e-mail addresses) and the demo organisations are registered: what reminders and calendar feeds
 * need. Started once for the JVM, stopped when it exits.
 */
public final class DirectoryPortals {

    private static PortalTestServer first;
    private static PortalTestServer second;

    private DirectoryPortals() {
    }

    public static synchronized PortalTestServer first() {
        if (first == null) {
            first = PortalTestServer.start(PortalTestServer.repositoryTenantsWith(AgreementsModule.ID), Map.of("samverka.demo-users.enabled", true));
            second = PortalTestServer.startOn(first.database(), PortalTestServer.repositoryTenantsWith(AgreementsModule.ID),
                    Map.of("samverka.demo-users.enabled", true));
            PortalTestServer a = first;
            PortalTestServer b = second;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                b.close();
                a.close();
            }));
        }
        return first;
    }

    public static synchronized PortalTestServer second() {
        first();
        return second;
    }

    public static PortalUser officer(String tenant) {
        return new PortalUser("officer." + tenant, "Handläggare", Set.of(Roles.CASE_OFFICER), List.of(tenant), Optional.empty());
    }

    public static <T> T as(PortalUser user, String tenant, Supplier<T> work) {
        return TestUsers.as(user, tenant, work);
    }

    /** An active agreement 2024–2026 in the tenant with the demo organisation of this directory alias. */
    public static AgreementDetails activeAgreementWith(String tenant, String alias) {
        PortalTestServer portal = first();
        return as(officer(tenant), tenant, () -> {
            long partnerId = portal.bean(PartnerRegister.class).findByDirectoryAlias(alias).orElseThrow().id();
            Agreements agreements = portal.bean(Agreements.class);
            AgreementDetails agreement = agreements.createDraft(TestAgreements.terms(partnerId));
            agreement = agreements.transition(agreement.id(), agreement.agreement().version(), AgreementStatus.PROPOSED, null, null);
            agreement = agreements.transition(agreement.id(), agreement.agreement().version(), AgreementStatus.DECIDED,
                    TestAgreements.decision(), null);
            return agreements.transition(agreement.id(), agreement.agreement().version(), AgreementStatus.ACTIVE, null, null);
        });
    }

    /** The values of the first column of a query on the shared database. */
    public static List<String> column(String sql, Object... parameters) {
        try (Connection connection = first().database().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
