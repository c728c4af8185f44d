package se.samverka.agreements.partner;

import io.micronaut.data.model.Pageable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.testkit.PortalTestServer;
import se.samverka.testkit.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner register moved from the agreements module to the platform (platform V5, agreements V3):
 * on a database that already holds partner organisations and agreements with them as parties, as the
 * previous release left it, every organisation keeps its id and data and every party its organisation.
 */
class PartnersMoveToThePlatformTest {

    private static final String OLD_ROW = "INSERT INTO agreements_partner_organisation (id, tenant_id, name, organisation_number, "
            + "kind, country, directory_alias, contact_person, email, phone, address, created_at, created_by, updated_at, "
            + "updated_by, version) VALUES (%d, 'orust', '%s', %s, 'NON_PROFIT_ASSOCIATION', NULL, '%s', 'Malin', "
            + "'info@example.org', NULL, NULL, TIMESTAMP '2025-01-10 10:00:00', 'officer.orust', "
            + "TIMESTAMP '2025-02-01 09:00:00', 'admin.orust', 3)";

    @Test
    void organisationsKeepTheirIdsAndDataAndPartiesTheirOrganisations() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            previousRelease(database);
            try (PortalTestServer portal = PortalTestServer.startOn(database, PortalTestServer.repositoryTenantsWith(AgreementsModule.ID), Map.of())) {
                PartnerRegister register = portal.bean(PartnerRegister.class);
                PartnerOrganisation junis = TestPortal.as(TestPortal.officer("orust"), "orust", () -> register.find(7).orElseThrow());
                assertThat(junis.name()).isEqualTo("Junis Göteborg och Bohusläns distrikt");
                assertThat(junis.organisationNumber()).isEqualTo("857204-3795");
                assertThat(junis.directoryAlias()).isEqualTo("junis-old");
                assertThat(junis.updatedBy()).isEqualTo("admin.orust");
                assertThat(junis.version()).isEqualTo(3);

                AgreementDetails agreement = TestPortal.as(TestPortal.officer("orust"), "orust", () -> portal.bean(Agreements.class).details(40).orElseThrow());
                assertThat(agreement.parties()).extracting(PartyTerms::partnerId).containsExactly(null, 7L, 9L);

                // the register goes on from the moved ids, and the parties' reference holds in the platform's table
                PartnerOrganisation added = TestPortal.as(TestPortal.officer("orust"), "orust", () -> register.create(new PartnerDetails("Ny förening",
                        null, PartnerKind.FOUNDATION, null, null, null, null, null, null)));
                assertThat(added.id()).isGreaterThan(9);
                assertThat(TestPortal.as(TestPortal.officer("orust"), "orust", () -> register.search("förening", Pageable.from(0, 10)).getContent()))
                        .extracting(PartnerOrganisation::id).contains(9L, added.id());
            }
            try (Connection c = database.connect(); Statement s = c.createStatement()) {
                assertThat(count(s, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                        + "AND table_name = 'agreements_partner_organisation'")).as("the module's old table").isZero();
                assertThat(count(s, "SELECT COUNT(*) FROM partner_organisation WHERE tenant_id = 'orust' AND id IN (7, 9)")).isEqualTo(2);
            }
        }
    }

    /** The schema and data of the release before the move: platform V1–V4, agreements V1–V2. */
    private static void previousRelease(TestDatabase database) throws SQLException {
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/platform").table("flyway_history_platform").target("4").load().migrate();
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/agreements").table("flyway_history_agreements").target("2")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO tenant (id, name, kind, organisation_number, hosts, locale, brand_colour, created_at, updated_at) "
                    + "VALUES ('orust', 'Orust kommun', 'MUNICIPALITY', NULL, '', 'sv', '#1F4E79', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute(OLD_ROW.formatted(7, "Junis Göteborg och Bohusläns distrikt", "'857204-3795'", "junis-old"));
            s.execute(OLD_ROW.formatted(9, "Föreningen Kvarnen", "NULL", "kvarnen-old"));
            s.execute("INSERT INTO agreements_agreement (id, tenant_id, title, form, status, created_at, created_by, updated_at, "
                    + "updated_by, version) VALUES (40, 'orust', 'IOP med Junis och Kvarnen', 'IOP', 'DRAFT', CURRENT_TIMESTAMP, "
                    + "'officer.orust', CURRENT_TIMESTAMP, 'officer.orust', 0)");
            for (List<?> party : List.<List<?>>of(List.of(1, "NULL", "Orust kommun"), List.of(2, 7, "Junis"), List.of(3, 9, "Kvarnen"))) {
                s.execute("INSERT INTO agreements_party (tenant_id, agreement_id, position, partner_id, name) VALUES ('orust', 40, "
                        + party.get(0) + ", " + party.get(1) + ", '" + party.get(2) + "')");
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
