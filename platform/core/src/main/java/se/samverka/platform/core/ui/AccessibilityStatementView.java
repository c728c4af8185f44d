package se.samverka.platform.core.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Value;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.core.tenant.HostTenant;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantDirectory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The accessibility statement the law on accessibility of digital public services (DOS-lagen) asks for,
 * in the structure of DIGG's model statement: who stands behind the service, how accessible it is, what
 * to do when something cannot be used, how to report a problem (the address configured in
 * {@code samverka.accessibility.contact-email}), the supervisory authority, the technical conformance
 * (partially conforming to WCAG 2.1 AA) with the known issues, how it was tested, and its dates. Public:
 * reachable without signing in, from the login page and from the shell of every view.
 */
@Prototype
@AnonymousAllowed
@Route(value = AccessibilityStatementView.ROUTE, layout = MainLayout.class)
@RouteAlias(value = "accessibility", layout = MainLayout.class)
public class AccessibilityStatementView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "tillganglighet";
    /** DIGG's form for reporting a public body's inaccessible digital service. */
    static final String DIGG_REPORT = "https://www.digg.se/tdosanmalan";
    /**
     * The known issues, by key, each said with the WCAG 2.1 success criterion it concerns: what axe-core
     * still reports (below "serious") in the browser tests — empty-table-header, region on Vaadin's
     * connection indicator — and the documents users upload. Update with the tests' findings.
     */
    static final List<String> KNOWN_ISSUES = List.of("table-header", "connection-indicator", "pdf");

    AccessibilityStatementView(CurrentTenant currentTenant, TenantDirectory tenants,
                               @Value("${samverka.accessibility.contact-email}") String contactEmail,
                               @Value("${samverka.accessibility.statement-date}") String statementDate,
                               @Value("${samverka.accessibility.published-date}") String publishedDate) {
        setId("accessibility-statement");
        setMaxWidth("48rem");
        setPadding(true);
        String organisation = currentTenant.id().or(HostTenant::current).flatMap(tenants::find).map(Tenant::name)
                .orElseGet(() -> getTranslation("a11y.organisations"));
        // the statement in the other language, for a visitor who has not signed in
        add(new H1(getTranslation("a11y.title")), Language.buttons("a11y-lang", getTranslation("user.language")));
        add(new Paragraph(getTranslation("a11y.intro", organisation)));

        add(new H2(getTranslation("a11y.how.title")), new Paragraph(getTranslation("a11y.how.text")));

        add(new H2(getTranslation("a11y.cannot.title")), withMail(getTranslation("a11y.cannot.text"), contactEmail, "a11y-contact"));

        add(new H2(getTranslation("a11y.report.title")), withMail(getTranslation("a11y.report.text"), contactEmail, "a11y-report"));

        Anchor digg = new Anchor(DIGG_REPORT, getTranslation("a11y.supervision.link"));
        digg.setId("a11y-digg");
        underlined(digg);
        add(new H2(getTranslation("a11y.supervision.title")), new Paragraph(getTranslation("a11y.supervision.text")),
                new Paragraph(digg));

        add(new H2(getTranslation("a11y.technical.title")), new Paragraph(getTranslation("a11y.technical.text")));
        Paragraph level = new Paragraph(getTranslation("a11y.technical.level"));
        level.setId("a11y-level");
        add(level);

        add(new H2(getTranslation("a11y.issues.title")), new H3(getTranslation("a11y.issues.nonConformance")));
        UnorderedList issues = new UnorderedList();
        issues.setId("a11y-issues");
        for (String issue : KNOWN_ISSUES) {
            issues.add(new ListItem(getTranslation("a11y.issue." + issue)));
        }
        add(issues);

        add(new H2(getTranslation("a11y.tested.title")), new Paragraph(getTranslation("a11y.tested.text")));
        Paragraph dates = new Paragraph(new Span(getTranslation("a11y.published", date(publishedDate))), new Span(" "),
                new Span(getTranslation("a11y.updated", date(statementDate))));
        dates.setId("a11y-dates");
        add(dates);
    }

    private Paragraph withMail(String text, String email, String id) {
        Anchor mail = new Anchor("mailto:" + email, email);
        mail.setId(id);
        underlined(mail);
        return new Paragraph(new Span(text + " "), mail, new Span("."));
    }

    /** A link in running text is told from the text by more than its colour (WCAG 1.4.1). */
    private static void underlined(Anchor link) {
        link.getStyle().set("text-decoration", "underline");
    }

    private String date(String iso) {
        return LocalDate.parse(iso).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – Samverka";
    }
}
