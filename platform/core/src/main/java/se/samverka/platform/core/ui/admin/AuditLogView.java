package se.samverka.platform.core.ui.admin;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.audit.AuditEntry;
import se.samverka.platform.core.audit.AuditService;
import se.samverka.platform.core.i18n.PortalI18NProvider;
import se.samverka.platform.core.module.ModuleRegistry;
import se.samverka.platform.core.ui.MainLayout;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The tenant's audit log, newest first, filtered and paged in the database; read-only by design. It says
 * who by name, what in words and each changed field by its label; the filters offer what the log holds.
 */
@Prototype
@RolesAllowed(Roles.TENANT_ADMIN)
@Route(value = "admin/audit", layout = MainLayout.class)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SWEDEN);

    private final AuditService audit;
    private final AuditWords words;
    private final ComboBox<String> actor = filterField("audit.actor", "audit-actor");
    private final ComboBox<String> action = filterField("audit.action", "audit-action");
    private final ComboBox<String> recordType = filterField("audit.recordType", "audit-record-type");
    private final DatePicker from = DateFields.localised(new DatePicker());
    private final DatePicker to = DateFields.localised(new DatePicker());
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(AuditService audit, PortalI18NProvider texts, ModuleRegistry modules) {
        this.audit = audit;
        this.words = new AuditWords(texts, modules, getLocale());
        AuditService.Vocabulary vocabulary = audit.vocabulary();
        actor.setItems(vocabulary.actors());
        actor.setItemLabelGenerator(a -> getTranslation(se.samverka.platform.api.ui.RecordHistory.ACTOR, Refusal.person(a)));
        action.setItems(vocabulary.actions());
        action.setItemLabelGenerator(words::action);
        recordType.setItems(vocabulary.recordTypes());
        recordType.setItemLabelGenerator(words::recordType);
        setId("audit-log");
        setSizeFull();
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(actor, action, recordType, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(e -> actor.getItemLabelGenerator().apply(e.actor())).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> words.action(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> words.recordType(e.recordType())).setHeader(getTranslation("audit.recordType")).setAutoWidth(true);
        grid.addColumn(AuditEntry::recordId).setHeader(getTranslation("audit.recordId")).setAutoWidth(true);
        grid.addColumn(e -> words.changes(e.recordType(), AuditService.changesOf(e))).setHeader(getTranslation("audit.changes"));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(new H1(getTranslation("audit.title")), filters, grid);
        expand(grid);
        refresh();
    }

    private ComboBox<String> filterField(String labelKey, String id) {
        ComboBox<String> field = new ComboBox<>(getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> refresh());
        return field;
    }

    private void refresh() {
        AuditService.AuditFilter filter = new AuditService.AuditFilter(actor.getValue(), action.getValue(),
                recordType.getValue(), startOf(from.getValue()), startOf(to.getValue() == null ? null : to.getValue().plusDays(1)));
        grid.setItems(query -> audit.search(filter,
                Pageable.from(query.getPage(), query.getPageSize()))
                .getContent().stream());
    }

    private static java.time.Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(SWEDEN).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – Samverka";
    }

}
