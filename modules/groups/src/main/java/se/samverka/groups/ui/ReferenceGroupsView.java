package se.samverka.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.groups.reference.ReferenceGroup;
import se.samverka.groups.reference.ReferenceGroups;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;

/** The tenant's reference groups: how many organisations each gathers, who convenes it. */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER})
public class ReferenceGroupsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "groups/reference-groups";

    ReferenceGroupsView(ReferenceGroups references, CurrentUser user) {
        setId("reference-groups");
        add(new H1(getTranslation("groups.ui.reference.title")));
        if (user.isChanger()) {
            Button create = new Button(getTranslation("groups.ui.reference.new"), e -> new ReferenceGroupDialog(references, null).open());
            create.setId("reference-groups-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        Grid<ReferenceGroup> grid = new Grid<>();
        grid.setId("reference-groups-grid");
        grid.addComponentColumn(g -> new Anchor(ReferenceGroupView.path(g.id()), g.name()))
                .setHeader(getTranslation("groups.field.reference-name")).setFlexGrow(2);
        grid.addColumn(g -> g.convener() == null ? "–" : g.convener()).setHeader(getTranslation("groups.field.convener"));
        grid.addColumn(g -> g.members().size()).setHeader(getTranslation("groups.ui.reference.members-count"));
        grid.setItems(references.all());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("groups.ui.reference.empty"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.ui.reference.title");
    }
}
