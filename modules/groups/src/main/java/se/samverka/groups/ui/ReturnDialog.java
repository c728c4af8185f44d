package se.samverka.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUps;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;

/** An officer returns submitted figures for correction, saying what needs correcting. */
class ReturnDialog extends Dialog {

    ReturnDialog(FollowUps followUps, FollowUp followUp, Runnable changed) {
        String period = followUp.halfYear().term().toString();
        setHeaderTitle(getTranslation("groups.ui.follow-up.return-of", period));
        TextArea why = new TextArea(getTranslation("groups.field.review-comment"));
        why.setId("follow-up-return-comment");
        why.setRequiredIndicatorVisible(true);
        why.setWidthFull();
        FieldRefusals refusals = new FieldRefusals().bind("reviewComment", why);
        add(why);
        // what needs correcting is the one thing asked: the cursor starts there
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                why.focus();
            }
        });
        Button confirm = new Button(getTranslation("groups.ui.follow-up.return"), e -> {
            if (refusals.attempt(() -> followUps.returnForCorrection(followUp.id(), followUp.version(), why.getValue()))) {
                close();
                Notices.done(getTranslation("groups.ui.follow-up.returned", period));
                changed.run();
            }
        });
        confirm.setId("follow-up-return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("groups.ui.cancel"), e -> close()), confirm);
        setWidth("min(40rem, 100vw)");
    }
}
