package se.samverka.groups.ui;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.groups.reference.Proposal;
import se.samverka.groups.reference.ReferenceGroup;
import se.samverka.groups.reference.ReferenceGroups;
import se.samverka.groups.reference.ReferenceMeeting;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.Prose;
import se.samverka.platform.api.ui.RouteIds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/** One reference group: its aim, member organisations, meetings (invited and attending) and proposals. */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER})
public class ReferenceGroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "groups/reference-groups/:id";

    private final ReferenceGroups references;
    private final CurrentUser user;
    private final Clock clock;
    private ReferenceGroup group;

    ReferenceGroupView(ReferenceGroups references, CurrentUser user, Clock clock) {
        this.references = references;
        this.user = user;
        this.clock = clock;
        setId("reference-group");
    }

    public static String path(long id) {
        return "groups/reference-groups/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        group = references.find(RouteIds.numeric(event, "id")).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        group = references.require(group.id());
        H1 title = new H1(group.name());
        title.setId("reference-title");
        add(title);
        if (user.isChanger()) {
            Button edit = new Button(getTranslation("groups.ui.edit"), e -> new ReferenceGroupDialog(references, group).open());
            edit.setId("reference-edit");
            add(edit);
        }
        if (group.aim() != null) {
            add(Prose.of(group.aim()));
        }
        add(new H2(getTranslation("groups.ui.reference.members-title", group.members().size())));
        UnorderedList members = new UnorderedList();
        members.setId("reference-members-list");
        group.members().forEach(m -> members.add(new ListItem(m.function() == null ? m.organisation()
                : m.organisation() + " – " + m.function())));
        add(members);

        add(new H2(getTranslation("groups.ui.reference.meetings")));
        if (user.isChanger()) {
            Button add = new Button(getTranslation("groups.ui.reference.meeting-new"), e -> meetingDialog(null).open());
            add.setId("reference-meeting-new");
            add(add);
        }
        Grid<ReferenceMeeting> meetings = new Grid<>();
        meetings.setId("reference-meetings-grid");
        meetings.addColumn(m -> Formats.date(m.meetingDate())).setHeader(getTranslation("groups.ui.reference.date"));
        meetings.addComponentColumn(m -> Badge.of(getTranslation(m.status().labelKey()), Badge.Tone.NEUTRAL))
                .setHeader(getTranslation("groups.ui.status"));
        meetings.addColumn(m -> (m.attending() == null ? "–" : m.attending()) + " / " + (m.invited() == null ? "–" : m.invited()))
                .setHeader(getTranslation("groups.ui.reference.attending-of-invited"));
        meetings.addColumn(m -> String.join(", ", m.attendingOrganisations())).setHeader(getTranslation("groups.ui.reference.organisations"))
                .setFlexGrow(2);
        meetings.setItems(references.meetings(group.id()));
        meetings.setAllRowsVisible(true);
        meetings.setEmptyStateText(getTranslation("groups.ui.reference.meetings-empty"));
        if (user.isChanger()) {
            meetings.addItemClickListener(e -> meetingDialog(e.getItem()).open());
        }
        add(meetings);

        add(new H2(getTranslation("groups.ui.reference.proposals")));
        if (user.isChanger()) {
            Button add = new Button(getTranslation("groups.ui.reference.proposal-new"), e -> proposalDialog(null).open());
            add.setId("reference-proposal-new");
            add(add);
        }
        Grid<Proposal> proposals = new Grid<>();
        proposals.setId("reference-proposals-grid");
        proposals.addColumn(Proposal::title).setHeader(getTranslation("groups.field.proposal-title")).setFlexGrow(2);
        proposals.addColumn(p -> Formats.date(p.forwardedOn())).setHeader(getTranslation("groups.ui.reference.forwarded-on"));
        proposals.addComponentColumn(p -> Badge.of(getTranslation(p.status().labelKey()), tone(p.status())))
                .setHeader(getTranslation("groups.ui.status"));
        proposals.setItems(references.proposals(group.id()));
        proposals.setAllRowsVisible(true);
        proposals.setEmptyStateText(getTranslation("groups.ui.reference.proposals-empty"));
        if (user.isChanger()) {
            proposals.addItemClickListener(e -> proposalDialog(e.getItem()).open());
        }
        add(proposals);
    }

    private Dialog meetingDialog(ReferenceMeeting existing) {
        Dialog dialog = new Dialog(getTranslation("groups.ui.reference.meeting"));
        DatePicker date = DateFields.date(getTranslation("groups.ui.reference.date"));
        date.setId("reference-meeting-date");
        Select<ReferenceMeeting.Status> status = new Select<>();
        status.setId("reference-meeting-status");
        status.setLabel(getTranslation("groups.ui.status"));
        status.setItems(ReferenceMeeting.Status.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(ReferenceMeeting.Status.PLANNED);
        IntegerField invited = new IntegerField(getTranslation("groups.ui.reference.invited"));
        invited.setId("reference-meeting-invited");
        IntegerField attending = new IntegerField(getTranslation("groups.ui.reference.attending"));
        attending.setId("reference-meeting-attending");
        TextArea organisations = new TextArea(getTranslation("groups.ui.reference.organisations"));
        organisations.setHelperText(getTranslation("groups.ui.reference.one-per-line"));
        TextArea minutes = new TextArea(getTranslation("groups.field.minutes"));
        minutes.setId("reference-meeting-minutes");
        if (existing != null) {
            date.setValue(existing.meetingDate());
            status.setValue(existing.status());
            invited.setValue(existing.invited());
            attending.setValue(existing.attending());
            organisations.setValue(String.join("\n", existing.attendingOrganisations()));
            minutes.setValue(existing.minutes() == null ? "" : existing.minutes());
        } else {
            date.setValue(LocalDate.now(clock));
        }
        FieldRefusals refusals = new FieldRefusals().bind("date", date).bind("status", status).bind("invited", invited)
                .bind("attending", attending).bind("minutes", minutes);
        FormLayout form = new FormLayout(date, status, invited, attending, organisations, minutes);
        form.setColspan(organisations, 2);
        form.setColspan(minutes, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("groups.ui.save"), e -> {
            ReferenceMeeting.Details details = new ReferenceMeeting.Details(date.getValue(), status.getValue(), invited.getValue(),
                    attending.getValue(), Arrays.asList(organisations.getValue().split("\n")), minutes.getValue());
            saved(dialog, refusals.attempt(() -> {
                if (existing == null) {
                    references.addMeeting(group.id(), details);
                } else {
                    references.updateMeeting(group.id(), existing.id(), existing.version(), details);
                }
            }));
        });
        save.setId("reference-meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("groups.ui.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Dialog proposalDialog(Proposal existing) {
        Dialog dialog = new Dialog(getTranslation("groups.ui.reference.proposal"));
        TextField title = new TextField(getTranslation("groups.field.proposal-title"));
        title.setId("reference-proposal-title");
        DatePicker forwarded = DateFields.date(getTranslation("groups.ui.reference.forwarded-on"));
        forwarded.setId("reference-proposal-forwarded");
        Select<Proposal.Status> status = new Select<>();
        status.setId("reference-proposal-status");
        status.setLabel(getTranslation("groups.ui.status"));
        status.setItems(Proposal.Status.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(Proposal.Status.FORWARDED);
        TextArea description = new TextArea(getTranslation("groups.field.description"));
        TextArea response = new TextArea(getTranslation("groups.field.response"));
        if (existing != null) {
            title.setValue(existing.title());
            forwarded.setValue(existing.forwardedOn());
            status.setValue(existing.status());
            description.setValue(existing.description() == null ? "" : existing.description());
            response.setValue(existing.response() == null ? "" : existing.response());
        } else {
            forwarded.setValue(LocalDate.now(clock));
        }
        FieldRefusals refusals = new FieldRefusals().bind("title", title).bind("forwardedOn", forwarded)
                .bind("description", description).bind("response", response);
        FormLayout form = new FormLayout(title, forwarded, status, description, response);
        form.setColspan(description, 2);
        form.setColspan(response, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("groups.ui.save"), e -> {
            Proposal.Details details = new Proposal.Details(title.getValue(), description.getValue(), status.getValue(),
                    forwarded.getValue(), response.getValue());
            saved(dialog, refusals.attempt(() -> {
                if (existing == null) {
                    references.addProposal(group.id(), details);
                } else {
                    references.updateProposal(group.id(), existing.id(), existing.version(), details);
                }
            }));
        });
        save.setId("reference-proposal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("groups.ui.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private void saved(Dialog dialog, boolean saved) {
        if (saved) {
            dialog.close();
            Notices.done(getTranslation("groups.ui.saved"));
            render();
        }
    }

    static Badge.Tone tone(Proposal.Status status) {
        return switch (status) {
            case FORWARDED -> Badge.Tone.NEUTRAL;
            case TAKEN_UP -> Badge.Tone.SUCCESS;
            case DECLINED -> Badge.Tone.ERROR;
            case DONE -> Badge.Tone.MUTED;
        };
    }

    @Override
    public String getPageTitle() {
        return group == null ? getTranslation("groups.ui.reference.title") : group.name();
    }
}
