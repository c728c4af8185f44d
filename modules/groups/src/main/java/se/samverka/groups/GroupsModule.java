package se.samverka.groups;

import jakarta.inject.Singleton;
import se.samverka.groups.ui.ProgrammeView;
import se.samverka.groups.ui.ProgrammesView;
import se.samverka.groups.ui.ReferenceGroupView;
import se.samverka.groups.ui.ReferenceGroupsView;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;
import se.samverka.platform.api.module.NavigationEntry;
import se.samverka.platform.api.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the groups module declares itself to the platform: support and conversation groups for children who
 * are relatives (counts only, protected before they leave the case officer), and reference groups.
 */
@Singleton
public class GroupsModule implements ModuleManifest {

    /** Also the API path segment and the prefix of every message key and table of the module. */
    public static final String ID = "groups";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Stödgrupper", "Support groups");
    }

    @Override
    public LocalizedText description() {
        return new LocalizedText(
                "Stöd- och samtalsgrupper för barn som anhöriga och referensgrupper: halvårsuppföljning i antal, "
                        + "aldrig barnens namn, skyddade siffror i allt som lämnar handläggaren",
                "Support and conversation groups for children who are relatives, and reference groups: half-yearly "
                        + "follow-up in counts, never the children's names, protected figures in all that leaves the officer");
    }

    @Override
    public String icon() {
        return "GROUP";
    }

    @Override
    public List<ModuleRoute> routes() {
        return List.of(new ModuleRoute(ProgrammesView.ROUTE, ProgrammesView.class),
                new ModuleRoute(ReferenceGroupsView.ROUTE, ReferenceGroupsView.class),
                new ModuleRoute(ReferenceGroupView.ROUTE, ReferenceGroupView.class),
                new ModuleRoute(ProgrammeView.ROUTE, ProgrammeView.class));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(new LocalizedText("Stödgrupper", "Support groups"), ProgrammesView.ROUTE, "GROUP",
                Set.of(Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER, Roles.PARTNER)),
                new NavigationEntry(new LocalizedText("Referensgrupper", "Reference groups"), ReferenceGroupsView.ROUTE, "USERS",
                        Roles.STAFF));
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("classpath:db/groups");
    }

    @Override
    public Optional<String> messageBundle() {
        return Optional.of("i18n.groups");
    }
}
