package se.samverka.platform.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import se.samverka.platform.api.refusal.StaleRecord;

/**
 * What a form shows when its change was refused because someone saved the record in between: who and
 * when (in the words of the refusal), that nothing was saved, and a button that loads the newest
 * version. The user's input stays in the form until they reload. Hidden until {@link #show}; said once,
 * here (no notification besides it).
 */
public final class StaleRecordPanel extends Callout {

    private final Button reload = new Button();

    /** @param reloadLabel the button's text, e.g. "Läs in den senaste versionen" */
    public StaleRecordPanel(String reloadLabel, Runnable reloadAction) {
        super(Kind.ERROR);
        setId("stale-notice");
        reload.setText(reloadLabel);
        reload.setId("stale-reload");
        reload.addClickListener(e -> reloadAction.run());
        setVisible(false);
    }

    /** Shows the refusal and moves the focus to the reload button. */
    public void show(StaleRecord stale) {
        Paragraph message = new Paragraph(FieldRefusals.message(this, stale));
        message.setId("stale-message");
        message.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        body().removeAll();
        body().add(message, reload);
        setVisible(true);
        reload.focus();
    }
}
