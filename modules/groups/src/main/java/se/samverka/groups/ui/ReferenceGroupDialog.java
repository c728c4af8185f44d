package se.samverka.groups.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samverka.groups.reference.Member;
import se.samverka.groups.reference.ReferenceGroup;
import se.samverka.groups.reference.ReferenceGroups;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;

import java.util.Arrays;
import java.util.List;

/** Creates or changes a reference group; members are typed one per line as "organisation – function". */
class ReferenceGroupDialog extends Dialog {

    static final String SEPARATOR = " – ";

    ReferenceGroupDialog(ReferenceGroups references, ReferenceGroup existing) {
        setHeaderTitle(getTranslation(existing == null ? "groups.ui.reference.new" : "groups.ui.reference.edit"));
        TextField name = new TextField(getTranslation("groups.field.reference-name"));
        name.setId("reference-name");
        name.setRequiredIndicatorVisible(true);
        TextField convener = new TextField(getTranslation("groups.field.convener"));
        convener.setId("reference-convener");
        TextField steering = new TextField(getTranslation("groups.field.steering-group"));
        steering.setId("reference-steering-group");
        TextArea aim = new TextArea(getTranslation("groups.field.aim"));
        aim.setId("reference-aim");
        TextArea members = new TextArea(getTranslation("groups.ui.reference.members"));
        members.setId("reference-members");
        members.setHelperText(getTranslation("groups.ui.reference.members-help"));
        FieldRefusals refusals = new FieldRefusals().bind("name", name).bind("aim", aim).bind("convener", convener)
                .bind("steeringGroup", steering).bind("members", members);
        if (existing != null) {
            name.setValue(existing.name());
            convener.setValue(existing.convener() == null ? "" : existing.convener());
            steering.setValue(existing.steeringGroup() == null ? "" : existing.steeringGroup());
            aim.setValue(existing.aim() == null ? "" : existing.aim());
            members.setValue(String.join("\n", existing.members().stream()
                    .map(m -> m.function() == null ? m.organisation() : m.organisation() + SEPARATOR + m.function()).toList()));
        }
        FormLayout form = new FormLayout(name, convener, steering, aim, members);
        form.setColspan(aim, 2);
        form.setColspan(members, 2);
        add(form);
        Button save = new Button(getTranslation("groups.ui.save"), e -> {
            ReferenceGroup.Details details = new ReferenceGroup.Details(name.getValue(), aim.getValue(), convener.getValue(),
                    steering.getValue(), members(members.getValue()));
            ReferenceGroup[] saved = new ReferenceGroup[1];
            if (refusals.attempt(() -> saved[0] = existing == null ? references.create(details)
                    : references.update(existing.id(), existing.version(), details))) {
                close();
                Notices.done(getTranslation("groups.ui.saved"));
                UI.getCurrent().navigate(ReferenceGroupView.path(saved[0].id()));
            }
        });
        save.setId("reference-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("groups.ui.cancel"), e -> close()), save);
        setWidth("min(48rem, 100vw)");
    }

    static List<Member> members(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).map(line -> {
            int at = line.indexOf(SEPARATOR.strip());
            return at < 0 ? new Member(line, null) : new Member(line.substring(0, at).strip(), line.substring(at + 1).strip());
        }).toList();
    }
}
