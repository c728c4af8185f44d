package se.samverka.agreements.ui.detail;

import se.samverka.platform.api.ui.DateFields;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.core.annotation.Nullable;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.agreements.lifecycle.Transition;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.util.List;
import java.util.Optional;

/**
 * The lifecycle moves the user may make now: one button per transition the lifecycle allows from
 * the agreement's status and the user's roles allow. Each asks first: a decision needs its body,
 * date and registry number, a termination its reason, the others a confirmation. A move the agreement
 * is not ready for (no registry number, a party that has not signed, a period not over) is disabled with
 * the reason beside it; the service checks again, and what it refuses is said in the dialog, at the field.
 */
public class LifecycleActions extends HorizontalLayout {

    private final transient Agreements agreements;
    private final transient AgreementDetails agreement;
    private final Runnable changed;

    public LifecycleActions(Agreements agreements, AgreementDetails agreement, @Nullable PortalUser user, Runnable changed) {
        this.agreements = agreements;
        this.agreement = agreement;
        this.changed = changed;
        setId("agreement-transitions");
        setPadding(false);
        offered(agreement.agreement().status(), user).forEach(target -> add(action(target)));
    }

    /** The statuses the user may move an agreement in {@code status} to. */
    static List<AgreementStatus> offered(AgreementStatus status, @Nullable PortalUser user) {
        if (user == null) {
            return List.of();
        }
        return Transition.nextStatuses(status).stream()
                .filter(target -> Transition.between(status, target).map(t -> user.hasAnyRole(t.roles())).orElse(false))
                .toList();
    }

    /** The move's button; disabled, with the reason beside it and described by it, when the agreement is not ready. */
    private Component action(AgreementStatus target) {
        Button button = button(target);
        Optional<Refusal> obstacle = agreements.obstacle(agreement, target);
        if (obstacle.isEmpty()) {
            return button;
        }
        button.setEnabled(false);
        Span why = new Span(FieldRefusals.message(this, obstacle.get()));
        why.setId("transition-" + target.name() + "-why");
        why.addClassName("transition-obstacle");
        why.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        button.getElement().setAttribute("aria-describedby", why.getId().orElseThrow());
        Div group = new Div(button, why);
        group.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("max-width", "22rem");
        return group;
    }

    private Button button(AgreementStatus target) {
        Button button = new Button(getTranslation("agreements.ui.transition." + target.name()), e -> ask(target));
        button.setId("transition-" + target.name());
        if (target == AgreementStatus.TERMINATED) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void ask(AgreementStatus target) {
        Dialog dialog = new Dialog();
        dialog.setId("transition-dialog");
        dialog.setHeaderTitle(getTranslation("agreements.ui.transition." + target.name()));
        dialog.add(new Paragraph(getTranslation("agreements.ui.transition.confirm",
                getTranslation(agreement.agreement().status().labelKey()), getTranslation(target.labelKey()))));
        FormLayout form = new FormLayout();
        TextField body = new TextField(getTranslation("agreements.field.decision-body"));
        DatePicker date = DateFields.date(getTranslation("agreements.ui.decision-date"));
        TextField number = new TextField(getTranslation("agreements.field.decision-registry-number"));
        TextArea reason = new TextArea(getTranslation("agreements.field.reason"));
        body.setId("decision-body");
        date.setId("decision-date");
        number.setId("decision-registry-number");
        reason.setId("transition-reason");
        if (target == AgreementStatus.DECIDED) {
            body.setRequiredIndicatorVisible(true);
            date.setRequiredIndicatorVisible(true);
            number.setRequiredIndicatorVisible(true);
            number.setValue(agreement.agreement().registryNumber() == null ? "" : agreement.agreement().registryNumber());
            form.add(body, date, number);
        } else {
            reason.setRequiredIndicatorVisible(target == AgreementStatus.TERMINATED);
            form.add(reason);
        }
        dialog.add(form);
        FieldRefusals refusals = new FieldRefusals().bind("decision.body", body).bind("decision.date", date)
                .bind("decision.registryNumber", number).bind("reason", reason).otherwiseIn(dialog);

        Button confirm = new Button(getTranslation("agreements.ui.transition." + target.name()), e -> {
            Decision decision = target == AgreementStatus.DECIDED
                    ? new Decision(body.getValue(), date.getValue(), number.getValue()) : null;
            if (target == AgreementStatus.TERMINATED && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("agreements.lifecycle.needs-reason"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            // a refusal leaves the dialog open with what the user wrote, and says why in it
            if (!refusals.attempt(() -> agreements.transition(agreement.id(), agreement.agreement().version(), target,
                    decision, reason.getValue()))) {
                return;
            }
            dialog.close();
            Notices.done(getTranslation("agreements.ui.transition.done", getTranslation(target.labelKey())));
            changed.run();
        });
        confirm.setId("transition-confirm");
        confirm.addThemeVariants(target == AgreementStatus.TERMINATED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("agreements.ui.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        if (target == AgreementStatus.DECIDED) {
            body.focus();
        } else {
            reason.focus();
        }
    }
}
