package se.samverka.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import se.samverka.groups.group.CancelReason;
import se.samverka.groups.group.GroupStatus;
import se.samverka.groups.group.Groups;
import se.samverka.groups.group.SupportGroup;
import se.samverka.platform.api.ui.Notices;

/** Moves a group along: started, completed, or cancelled with the reason (too few registrations, most often). */
class GroupStatusDialog extends Dialog {

    GroupStatusDialog(Groups groups, SupportGroup group, GroupStatus to, Runnable changed) {
        setHeaderTitle(getTranslation("groups.ui.group.to." + to.name()) + ": " + group.name());
        Select<CancelReason> reason = new Select<>();
        reason.setId("group-cancel-reason");
        reason.setLabel(getTranslation("groups.ui.cancel-reason"));
        reason.setItems(CancelReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        reason.setValue(CancelReason.TOO_FEW_REGISTRATIONS);
        if (to == GroupStatus.CANCELLED) {
            add(reason);
        } else {
            add(new Paragraph(getTranslation("groups.ui.group.confirm", group.name(), getTranslation(to.labelKey()))));
        }
        Button confirm = new Button(getTranslation("groups.ui.group.to." + to.name()), e -> {
            // a refusal leaves the dialog open; the platform shows why
            groups.move(group.id(), group.version(), to, to == GroupStatus.CANCELLED ? reason.getValue() : null);
            close();
            Notices.done(getTranslation("groups.ui.saved"));
            changed.run();
        });
        confirm.setId("group-status-confirm");
        confirm.addThemeVariants(to == GroupStatus.CANCELLED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("groups.ui.cancel"), e -> close()), confirm);
    }
}
