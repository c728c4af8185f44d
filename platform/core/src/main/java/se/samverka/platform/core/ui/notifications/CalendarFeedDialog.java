package se.samverka.platform.core.ui.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import se.samverka.platform.core.calendar.CalendarFeeds;

/**
 * "Min kalender": the user's secret calendar address. Only its hash is stored, so the address is
 * shown when it is made; "Skapa ny adress" makes one (the old stops working), "Återkalla" ends it.
 */
public class CalendarFeedDialog extends Dialog {

    private final CalendarFeeds feeds;
    private final String username;
    private final Paragraph state = new Paragraph();
    private final TextField url = new TextField();
    private final Button copy = new Button();
    private final Button revoke = new Button();

    public CalendarFeedDialog(CalendarFeeds feeds, String username) {
        this.feeds = feeds;
        this.username = username;
        setId("calendar-dialog");
        setHeaderTitle(getTranslation("calendar.title"));
        setWidth("min(42rem, 95vw)");
        state.setId("calendar-state");
        url.setId("calendar-url");
        url.setLabel(getTranslation("calendar.url"));
        url.setReadOnly(true);
        url.setWidthFull();
        copy.setText(getTranslation("calendar.copy"));
        copy.setId("calendar-copy");
        copy.addClickListener(e -> {
            url.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url.getValue());
            Notification.show(getTranslation("calendar.copied"));
        });
        HorizontalLayout address = new HorizontalLayout(url, copy);
        address.setWidthFull();
        address.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        address.expand(url);

        Button create = new Button(getTranslation("calendar.create"), e -> showNew(feeds.create(username)));
        create.setId("calendar-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revoke.setText(getTranslation("calendar.revoke"));
        revoke.setId("calendar-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(e -> {
            feeds.revoke(username);
            url.clear();
            showState();
            Notification.show(getTranslation("calendar.revoked"));
        });
        Button close = new Button(getTranslation("calendar.close"), e -> close());
        getFooter().add(revoke, create, close);
        add(new Paragraph(getTranslation("calendar.intro")), state, address);
        showState();
    }

    private void showNew(String token) {
        url.setValue(feeds.url(token));
        showState();
        url.focus();
    }

    private void showState() {
        boolean exists = feeds.exists(username);
        state.setText(getTranslation(exists ? "calendar.active" : "calendar.none"));
        revoke.setEnabled(exists);
        // a disabled button says nothing by itself: the state beside it says there is no address to revoke
        if (exists) {
            revoke.getElement().removeAttribute("aria-describedby");
        } else {
            revoke.getElement().setAttribute("aria-describedby", "calendar-state");
        }
        boolean shown = !url.getValue().isEmpty();
        url.setVisible(shown);
        copy.setVisible(shown);
    }

    public String shownUrl() {
        return url.getValue();
    }
}
