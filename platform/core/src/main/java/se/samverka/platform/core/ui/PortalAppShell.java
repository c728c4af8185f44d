package se.samverka.platform.core.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell: Lumo theme, viewport, page language set per UI by {@link PortalUiSetup}. */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Theme(themeClass = Lumo.class)
public class PortalAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Samverka");
    }
}
