package se.samverka.platform.core.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/** The page shell: viewport and title (Lumo is Vaadin's default theme); the page language is set per UI by {@link PortalUiSetup}. */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class PortalAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Samverka");
    }
}
