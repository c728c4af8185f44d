package se.samverka.platform.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.shared.Registration;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Keeps a form's unsaved input from being lost without a word: leaving the view inside the portal
 * (a link, the back button, "Avbryt") with changes waits for the user to choose "Fortsätt redigera" or
 * "Lämna sidan"; closing or reloading the tab makes the browser ask while the form has changes. A change is
 * what differs from the form as read or last saved: the values of all its fields in order, so a row added
 * or removed is a change and a value typed back is none.
 * <p>
 * The view calls {@link #saved()} when it has read the record into the form and again once it is saved,
 * before navigating on.
 */
public final class UnsavedChanges implements Serializable {

    /** The id of the dialog that asks, for tests. */
    public static final String DIALOG_ID = "unsaved-changes-dialog";
    /** The form's attribute while the browser asks before the tab closes. */
    public static final String ATTRIBUTE = "data-unsaved-changes";

    private final Component form;
    private List<Object> saved;
    private boolean warning;
    private Registration leaving;

    private UnsavedChanges(Component form) {
        this.form = form;
    }

    /** Guards the form (a view, or the part of it with the fields) while it is shown; call {@link #saved()} once read. */
    public static UnsavedChanges guard(Component form) {
        UnsavedChanges guard = new UnsavedChanges(form);
        form.addAttachListener(e -> guard.leaving = e.getUI().addBeforeLeaveListener(guard::beforeLeave));
        form.addDetachListener(e -> {
            if (guard.leaving != null) {
                guard.leaving.remove();
            }
            guard.warn(e.getUI(), false);
        });
        // every field reports its committed value with a bubbling "change" event: rows added later too
        form.getElement().addEventListener("change", e -> guard.changed());
        return guard;
    }

    /** The form as it is now counts as saved: read from the record, or just stored. */
    public void saved() {
        saved = state();
        form.getUI().ifPresent(ui -> warn(ui, false));
    }

    public boolean hasChanges() {
        return !Objects.equals(saved, state());
    }

    /** A field changed: the browser asks before the tab closes exactly while there are changes. */
    public void changed() {
        form.getUI().ifPresent(ui -> warn(ui, hasChanges()));
    }

    /** The values of the form's fields, in the order they are shown. */
    private List<Object> state() {
        return descendants(form).filter(HasValue.class::isInstance).<Object>map(field -> ((HasValue<?, ?>) field).getValue()).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    private void beforeLeave(BeforeLeaveEvent event) {
        if (!hasChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction postponed = event.postpone();
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId(DIALOG_ID);
        ask.setHeader(form.getTranslation("unsaved.title"));
        ask.setText(form.getTranslation("unsaved.text"));
        ask.setCancelable(true);
        ask.setCancelText(form.getTranslation("unsaved.stay"));
        // Lumo's blue tertiary text reads 3.96:1 where the backdrop shows through: the contrast text keeps 4.5:1
        ask.setCancelButtonTheme("tertiary contrast");
        ask.setConfirmText(form.getTranslation("unsaved.leave"));
        ask.setConfirmButtonTheme("error primary");
        ask.addConfirmListener(e -> {
            saved = state();
            postponed.proceed();
        });
        ask.open();
    }

    private void warn(UI ui, boolean on) {
        if (on == warning) {
            return;
        }
        warning = on;
        // said in the page too, for tests and for the browser check that the question is armed
        form.getElement().setAttribute(ATTRIBUTE, on);
        // the browser's own question: its text is the browser's, the portal's message is not shown
        ui.getPage().executeJs(on
                ? "if(!window.samverkaUnsaved){window.samverkaUnsaved=e=>{e.preventDefault();e.returnValue='';};"
                        + "window.addEventListener('beforeunload',window.samverkaUnsaved);}"
                : "if(window.samverkaUnsaved){window.removeEventListener('beforeunload',window.samverkaUnsaved);"
                        + "delete window.samverkaUnsaved;}");
    }

}
