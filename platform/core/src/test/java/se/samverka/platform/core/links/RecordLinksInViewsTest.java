package se.samverka.platform.core.links;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.RecordPicker;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.module.ModuleEnablement;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.platform.core.testing.KaribuExtension;
import se.samverka.testkit.PortalExtension;
import se.samverka.testmodules.alpha.Note;
import se.samverka.testmodules.alpha.NoteRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The picker and the link a module's view uses for another module's records (beta's view of alpha's notes). */
class RecordLinksInViewsTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuExtension karibu = new KaribuExtension(portal::context);

    final PortalUser admin = new PortalUser("admin.tenant-a", "Ada Admin", java.util.Set.of(Roles.TENANT_ADMIN),
            List.of("tenant-a"), Optional.empty());

    @Test
    void thePickerSuggestsTheOtherModulesRecordsAndTheChoiceShowsAsALinkToIt() {
        String word = "Styrgrupp-" + UUID.randomUUID().toString().substring(0, 8);
        Note note = TenantContext.callAs("tenant-a", () -> portal.bean(NoteRepository.class)
                .save(new Note(null, null, "Protokoll " + word, null)));
        TenantContext.callAs("tenant-b", () -> portal.bean(NoteRepository.class).save(new Note(null, null, "B:s " + word, null)));

        karibu.show(admin, "tenant-a", "beta/links");
        RecordPicker picker = _get(RecordPicker.class, spec -> spec.withId("beta-note"));
        assertThat(picker.getLabel()).isEqualTo("Anteckning");
        setUserInput(picker, word);
        assertThat(getSuggestions(picker)).as("tenant-a's only").containsExactly("Protokoll " + word);
        selectByLabel(picker, "Protokoll " + word);

        assertThat(picker.reference()).contains(RecordReference.of("alpha", "note", note.id()));
        Anchor link = _get(_get(Div.class, spec -> spec.withId("beta-linked")), Anchor.class, spec -> { });
        assertThat(link.getText()).isEqualTo("Protokoll " + word);
        assertThat(link.getHref()).isEqualTo("alpha");
    }

    @Test
    void whileTheOtherModuleIsOffThePickerIsDisabledAndSaysSo() {
        ModuleEnablement enablement = portal.bean(ModuleEnablement.class);
        enablement.setEnabled("tenant-a", "alpha", false, "test");
        try {
            karibu.show(admin, "tenant-a", "beta/links");
            RecordPicker picker = _get(RecordPicker.class, spec -> spec.withId("beta-note"));
            assertThat(picker.isEnabled()).isFalse();
            assertThat(picker.getHelperText()).isEqualTo("Inte tillgänglig");
        } finally {
            enablement.setEnabled("tenant-a", "alpha", true, "test");
        }
    }
}
