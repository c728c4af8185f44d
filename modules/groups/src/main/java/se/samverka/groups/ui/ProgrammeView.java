package se.samverka.groups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.Programmes;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.RecordLink;
import se.samverka.platform.api.ui.RecordView;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One programme: who runs it, what it is for, the agreement it is run under, and its tabs (overview,
 * groups by term, follow-up, documents, history).
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER, Roles.PARTNER})
public class ProgrammeView extends RecordView<Programme> {

    public static final String ROUTE = "groups/:id";

    private final Programmes programmes;
    private final PartnerRegister partners;
    private final RecordDirectory records;
    private final CurrentUser user;

    ProgrammeView(Programmes programmes, PartnerRegister partners, RecordDirectory records, CurrentUser user,
                  List<ProgrammeTab> tabs) {
        super("programme", tabs);
        this.programmes = programmes;
        this.partners = partners;
        this.records = records;
        this.user = user;
    }

    public static String path(long id) {
        return "groups/" + id;
    }

    @Override
    protected Optional<Programme> find(long id) {
        return programmes.find(id);
    }

    @Override
    protected long idOf(Programme programme) {
        return programme.id();
    }

    @Override
    protected String pathOf(Programme programme) {
        return path(programme.id());
    }

    @Override
    protected String listRoute() {
        return ProgrammesView.ROUTE;
    }

    @Override
    protected String titleOf(Programme programme) {
        return programme.name();
    }

    @Override
    protected String listTitleKey() {
        return "groups.ui.programmes.title";
    }

    @Override
    protected void addHeader(Programme programme) {
        add(facts(programme));
        if (user.isChanger()) {
            Button edit = new Button(getTranslation("groups.ui.edit"),
                    e -> new ProgrammeDialog(programmes, partners, records, programme).open());
            edit.setId("programme-edit");
            add(edit);
        }
    }

    private Component facts(Programme programme) {
        HorizontalLayout facts = new HorizontalLayout();
        facts.setId("programme-facts");
        facts.setWrap(true);
        Map<Long, String> names = programmes.providerNames(List.of(programme));
        String provider = programme.providerPartnerId() == null ? getTranslation("groups.ui.provider.tenant")
                : names.getOrDefault(programme.providerPartnerId(), "–");
        facts.add(fact("programme-provider-fact", "groups.ui.provider", provider),
                fact("programme-kind-fact", "groups.ui.kind", getTranslation(programme.kind().labelKey())));
        programme.agreement().ifPresent(reference -> {
            Span label = new Span(getTranslation("groups.field.agreement") + ":");
            RecordLink link = new RecordLink(records, reference);
            link.setId("programme-agreement-link");
            facts.add(new HorizontalLayout(label, link));
        });
        return facts;
    }
}
