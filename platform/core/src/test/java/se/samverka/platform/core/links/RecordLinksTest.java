package se.samverka.platform.core.links;

import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.links.RecordEvents;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.module.ModuleEnablement;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.testkit.PortalExtension;
import se.samverka.testmodules.alpha.AlphaNoteRecords;
import se.samverka.testmodules.alpha.Note;
import se.samverka.testmodules.alpha.NoteRepository;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** References between modules' records, resolved by the owning module's source, and events after commit. */
class RecordLinksTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);
    static RecordDirectory directory;
    static NoteRepository notes;

    @BeforeAll
    static void start() {
        directory = portal.bean(RecordDirectory.class);
        notes = portal.bean(NoteRepository.class);
    }

    @BeforeEach
    void forget() {
        portal.bean(AlphaNoteRecords.class).heard.clear();
    }

    @Test
    void aReferenceResolvesInItsTenantAndToNothingElsewhereOrWhileTheModuleIsOff() {
        Note note = TenantContext.callAs("tenant-a", () -> notes.save(new Note(null, null, "Protokoll från styrgruppen", null)));
        RecordReference reference = RecordReference.of("alpha", "note", note.id());

        assertThat(TenantContext.callAs("tenant-a", () -> directory.resolve(reference))).get()
                .extracting(LinkedRecord::title).isEqualTo("Protokoll från styrgruppen");
        assertThat(TenantContext.callAs("tenant-b", () -> directory.resolve(reference))).as("another tenant's").isEmpty();
        assertThat(TenantContext.callAs("tenant-c", () -> directory.resolve(reference))).as("a tenant without the module").isEmpty();
        assertThat(TenantContext.callAs("tenant-a", () -> directory.resolve(new RecordReference("alpha", "note", "999999999"))))
                .isEmpty();
        assertThat(TenantContext.callAs("tenant-a", () -> directory.resolve(new RecordReference("gamma", "note", "1"))))
                .as("a module that is not installed").isEmpty();
        assertThat(TenantContext.callAs("tenant-a", () -> directory.search("alpha", "note", "styrgrupp", 5)))
                .extracting(LinkedRecord::reference).contains(reference);

        ModuleEnablement enablement = portal.bean(ModuleEnablement.class);
        enablement.setEnabled("tenant-a", "alpha", false, "test");
        try {
            assertThat(TenantContext.callAs("tenant-a", () -> directory.resolve(reference))).as("the module switched off").isEmpty();
            assertThat(TenantContext.callAs("tenant-a", () -> directory.isAvailable("alpha", "note"))).isFalse();
        } finally {
            enablement.setEnabled("tenant-a", "alpha", true, "test");
        }
    }

    @Test
    void aModuleReportsIntoAnothersRecordOnlyWhileBothAreOn() {
        RecordReference note = new RecordReference("alpha", "note", "1");
        assertThat(TenantContext.callAs("tenant-a", () -> directory.contributionsTo(note)))
                .singleElement().satisfies(c -> assertThat(c.lines()).extracting(l -> l.value()).containsExactly("7"));
        assertThat(TenantContext.callAs("tenant-b", () -> directory.contributionsTo(note))).as("beta is off in tenant-b").isEmpty();
        ModuleEnablement enablement = portal.bean(ModuleEnablement.class);
        enablement.setEnabled("tenant-a", "alpha", false, "test");
        try {
            assertThat(TenantContext.callAs("tenant-a", () -> directory.contributionsTo(note))).as("the target's module off").isEmpty();
        } finally {
            enablement.setEnabled("tenant-a", "alpha", true, "test");
        }
    }

    @Test
    void referencesAreReadFromTextAndMalformedTextIsNone() {
        assertThat(RecordReference.parse("agreements:agreement:12")).contains(new RecordReference("agreements", "agreement", "12"));
        assertThat(RecordReference.parse("agreements:agreement")).isEmpty();
        assertThat(RecordReference.parse("Agreements:agreement:12")).isEmpty();
        assertThat(RecordReference.parse("a:b:<script>")).isEmpty();
        assertThat(RecordReference.of("agreements", "agreement", 12).toString()).isEqualTo("agreements:agreement:12");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eventsAreDeliveredAfterTheCommitOnlyAndInTheirTenant() {
        RecordEvents events = portal.bean(RecordEvents.class);
        TransactionOperations<Connection> transactions = portal.bean(TransactionOperations.class);
        AlphaNoteRecords listener = portal.bean(AlphaNoteRecords.class);
        RecordReference reference = new RecordReference("alpha", "note", "1");

        assertThatThrownBy(() -> TenantContext.callAs("tenant-a", () -> transactions.executeWrite(status -> {
            events.publish(reference, "archived");
            throw new IllegalStateException("the change fails");
        }))).isInstanceOf(IllegalStateException.class);
        assertThat(listener.heard).as("a change that rolled back tells nobody").isEmpty();

        TenantContext.callAs("tenant-b", () -> transactions.executeWrite(status -> {
            events.publish(reference, "archived");
            assertThat(listener.heard).as("not before the commit").isEmpty();
            return null;
        }));
        assertThat(listener.heard).containsExactly("alpha:note:1 archived in tenant-b");
    }
}
