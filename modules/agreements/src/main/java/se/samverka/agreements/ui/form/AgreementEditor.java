package se.samverka.agreements.ui.form;

import se.samverka.platform.api.ui.DateFields;
import se.samverka.platform.api.ui.FieldRefusals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import se.samverka.agreements.agreement.AgreementForm;
import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.AgreementTexts;
import se.samverka.agreements.agreement.FollowUpArrangement;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.agreement.ReportingFrequency;
import se.samverka.agreements.agreement.SteeringArrangement;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.NumberFields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every field of an agreement's terms, with a label each and field-level messages: the checks a
 * form can make itself (required fields, ranges, an end before the start) are Binder validators
 * with the bundle's messages; what only the service knows comes back as a {@link Refusal} and is
 * shown at the field it concerns, or as a notification. The input stays as the user left it.
 */
class AgreementEditor extends VerticalLayout {

    static final int MAX_RENEWAL_NOTICE_MONTHS = 36;
    static final int MAX_MINIMUM_MEETINGS = 52;
    static final int MAX_REPORT_DUE_DAYS = 365;

    private final transient PartnerRegister partners;
    private final Binder<AgreementTerms> binder = new Binder<>();
    private final TextField title = new TextField();
    private final Select<AgreementForm> form = new Select<>();
    private final TextField registryNumber = new TextField();
    private final DatePicker start = DateFields.localised(new DatePicker());
    private final DatePicker end = DateFields.localised(new DatePicker());
    private final IntegerField renewalNotice = new IntegerField();
    private final Span renewalTalks = new Span();
    private final Map<String, TextArea> texts = new LinkedHashMap<>();
    private final TextArea steeringComposition = new TextArea();
    private final IntegerField minimumMeetings = new IntegerField();
    private final TextArea followUpClause = new TextArea();
    private final Select<ReportingFrequency> frequency = new Select<>();
    private final IntegerField dueDays = new IntegerField();
    private final VerticalLayout partyList = new VerticalLayout();
    private final List<PartyEditor> parties = new ArrayList<>();
    /** The fields a refusal of the service can concern, by the name the refusal gives them. */
    private final FieldRefusals refusals = new FieldRefusals();

    AgreementEditor(PartnerRegister partners) {
        this.partners = partners;
        setId("agreement-editor");
        setPadding(false);

        label(title, "agreements.field.title", "agreement-title-field");
        title.setWidthFull();
        title.setMaxLength(300);
        // the form opens with the cursor in its first field, not eight Tabs away on the page body
        title.setAutofocus(true);
        form.setLabel(getTranslation("agreements.field.form"));
        form.setId("agreement-form-field");
        form.setItems(AgreementForm.values());
        form.setItemLabelGenerator(f -> getTranslation("agreements.form." + f.name()));
        refusals.bind("form", form);
        label(registryNumber, "agreements.field.registry-number", "agreement-registry-number-field");
        registryNumber.setMaxLength(50);
        FormLayout basics = new FormLayout(title, form, registryNumber);
        basics.setColspan(title, 2);

        label(start, "agreements.ui.form.start", "agreement-start");
        label(end, "agreements.ui.form.end", "agreement-end");
        label(renewalNotice, "agreements.ui.form.renewal-notice", "agreement-renewal-notice");
        NumberFields.bounded(renewalNotice, 0, MAX_RENEWAL_NOTICE_MONTHS);
        renewalNotice.setStepButtonsVisible(true);
        renewalTalks.setId("agreement-renewal-talks-preview");
        renewalTalks.getElement().setAttribute("aria-live", "polite");
        FormLayout period = new FormLayout(start, end, renewalNotice, renewalTalks);
        start.addValueChangeListener(e -> {
            showRenewalTalks();
            if (end.getValue() != null) {
                binder.validate();
            }
        });
        end.addValueChangeListener(e -> showRenewalTalks());
        renewalNotice.addValueChangeListener(e -> showRenewalTalks());

        FormLayout textLayout = new FormLayout();
        textLayout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (String key : List.of("background", "purpose", "target-group", "activities", "value-base", "overall-goals",
                "strategies", "organisation", "renegotiation-clause", "termination-clause", "dispute-clause")) {
            TextArea area = new TextArea();
            label(area, "agreements.field." + key, "agreement-text-" + key);
            area.setWidthFull();
            area.setMinHeight("6rem");
            texts.put(key, area);
            textLayout.add(area);
        }

        label(steeringComposition, "agreements.field.steering-composition", "agreement-steering-composition");
        label(minimumMeetings, "agreements.ui.form.minimum-meetings", "agreement-minimum-meetings");
        NumberFields.bounded(minimumMeetings, 0, MAX_MINIMUM_MEETINGS);
        minimumMeetings.setStepButtonsVisible(true);
        FormLayout steering = new FormLayout(steeringComposition, minimumMeetings);
        steering.setColspan(steeringComposition, 2);

        label(followUpClause, "agreements.field.follow-up-clause", "agreement-follow-up-clause");
        frequency.setLabel(getTranslation("agreements.field.reporting-frequency"));
        frequency.setId("agreement-reporting-frequency");
        frequency.setItems(ReportingFrequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("agreements.reporting-frequency." + f.name()));
        refusals.bind("reportingFrequency", frequency);
        label(dueDays, "agreements.ui.form.report-due-days", "agreement-report-due-days");
        NumberFields.bounded(dueDays, 0, MAX_REPORT_DUE_DAYS);
        FormLayout followUp = new FormLayout(followUpClause, frequency, dueDays);
        followUp.setColspan(followUpClause, 2);

        partyList.setPadding(false);
        Button addPartner = new Button(getTranslation("agreements.ui.form.add-partner"), e -> addParty(false, PartyTerms.tenant(null, null)));
        addPartner.setId("agreement-add-partner");

        add(basics, new H2(getTranslation("agreements.ui.period")), period,
                new H2(getTranslation("agreements.tab.parties")), partyList, addPartner,
                new H2(getTranslation("agreements.ui.form.texts")), textLayout,
                new H2(getTranslation("agreements.tab.steering")), steering,
                new H2(getTranslation("agreements.tab.follow-up")), followUp);
        bind();
    }

    private void bind() {
        binder.forField(title).asRequired(required("agreements.field.title")).bind(AgreementTerms::title, AgreementEditor::ignore);
        // a Select always holds one of its items here; "required" would put aria-required on its role=button
        // value button, which ARIA does not allow (vaadin/web-components#7337): checked without the indicator
        binder.forField(form).withValidator(Objects::nonNull, required("agreements.field.form")).bind(AgreementTerms::form, AgreementEditor::ignore);
        binder.forField(registryNumber).bind(t -> Optional.ofNullable(t.registryNumber()).orElse(""), AgreementEditor::ignore);
        binder.forField(start).bind(t -> t.period().start(), AgreementEditor::ignore);
        binder.forField(end)
                .withValidator((e, context) -> e == null || start.getValue() == null || !e.isBefore(start.getValue())
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("agreements.period.end-before-start", Formats.date(start.getValue()), Formats.date(e))))
                .bind(t -> t.period().end(), AgreementEditor::ignore);
        binder.forField(renewalNotice).asRequired(required("agreements.ui.form.renewal-notice"))
                .withValidator(inRange(MAX_RENEWAL_NOTICE_MONTHS, "agreements.period.renewal-notice-range"))
                .bind(t -> t.period().renewalNoticeMonths(), AgreementEditor::ignore);
        texts.forEach((key, area) -> binder.forField(area).bind(t -> text(t.texts(), key), null));
        binder.forField(steeringComposition).bind(t -> Optional.ofNullable(t.steering().composition()).orElse(""), AgreementEditor::ignore);
        binder.forField(minimumMeetings).asRequired(required("agreements.ui.form.minimum-meetings"))
                .withValidator(inRange(MAX_MINIMUM_MEETINGS, "agreements.steering.minimum-range"))
                .bind(t -> t.steering().minimumMeetingsPerYear(), AgreementEditor::ignore);
        binder.forField(followUpClause).bind(t -> Optional.ofNullable(t.followUp().clause()).orElse(""), AgreementEditor::ignore);
        binder.forField(frequency).withValidator(Objects::nonNull, required("agreements.field.reporting-frequency")).bind(t -> t.followUp().frequency(), AgreementEditor::ignore);
        binder.forField(dueDays).asRequired(required("agreements.ui.form.report-due-days"))
                .withValidator(inRange(MAX_REPORT_DUE_DAYS, "agreements.followup.due-days-range"))
                .bind(t -> t.followUp().reportDueDays(), AgreementEditor::ignore);
    }

    /** Fills the form from terms (a new draft's defaults, or the agreement as it is). */
    void read(AgreementTerms terms) {
        binder.readBean(terms);
        partyList.removeAll();
        parties.clear();
        List<PartyTerms> given = new ArrayList<>(terms.parties());
        if (given.stream().noneMatch(PartyTerms::isTenant)) {
            given.add(0, PartyTerms.tenant("", null));
        }
        given.forEach(party -> addParty(party.isTenant(), party));
        showRenewalTalks();
    }

    /** The terms as entered, or empty when a field says what is wrong (the first such field gets the focus). */
    Optional<AgreementTerms> write() {
        boolean fieldsOk = binder.validate().isOk();
        boolean rowsOk = true;
        for (PartyEditor party : parties) {
            rowsOk &= party.checkRows(getTranslation("agreements.ui.form.contribution-incomplete"),
                    required("agreements.field.signatory-name"));
        }
        if (!fieldsOk || !rowsOk) {
            focusFirstInvalid();
            return Optional.empty();
        }
        AgreementTexts agreementTexts = new AgreementTexts(texts.get("background").getValue(), texts.get("purpose").getValue(),
                texts.get("target-group").getValue(), texts.get("activities").getValue(), texts.get("value-base").getValue(),
                texts.get("overall-goals").getValue(), texts.get("strategies").getValue(), texts.get("organisation").getValue(),
                texts.get("renegotiation-clause").getValue(), texts.get("termination-clause").getValue(),
                texts.get("dispute-clause").getValue());
        return Optional.of(new AgreementTerms(registryNumber.getValue(), title.getValue(), form.getValue(), agreementTexts,
                new AgreementPeriod(start.getValue(), end.getValue(), renewalNotice.getValue()),
                new SteeringArrangement(steeringComposition.getValue(), minimumMeetings.getValue()),
                new FollowUpArrangement(followUpClause.getValue(), frequency.getValue(), dueDays.getValue()),
                parties.stream().map(PartyEditor::terms).toList()));
    }

    /** Shows the service's refusal at the field it concerns, else as a notification. */
    void show(Refusal refusal) {
        refusals.bind("period.end", end).bind("period.renewalNoticeMonths", renewalNotice)
                .bind("steering.minimumMeetingsPerYear", minimumMeetings).bind("followUp.reportDueDays", dueDays);
        // partners' numbers come from the register, already checked: a wrong number is the tenant's
        parties.stream().filter(PartyEditor::isTenant).findFirst()
                .ifPresent(tenant -> refusals.bind("organisationNumber", tenant.organisationNumberField()));
        if (!refusals.show(refusal)) {
            Notices.refused(refusal);
        }
    }

    private void addParty(boolean tenant, PartyTerms party) {
        PartyEditor[] editor = new PartyEditor[1];
        Runnable remove = tenant ? null : () -> {
            parties.remove(editor[0]);
            partyList.remove(editor[0]);
        };
        editor[0] = new PartyEditor(tenant, party, partners, remove);
        parties.add(editor[0]);
        partyList.add(editor[0]);
    }

    private void showRenewalTalks() {
        LocalDate endDate = end.getValue();
        Integer months = renewalNotice.getValue();
        renewalTalks.setText(endDate == null || months == null || months < 0 ? getTranslation("agreements.ui.form.renewal-talks-unknown")
                : getTranslation("agreements.ui.form.renewal-talks", Formats.date(new AgreementPeriod(endDate, endDate, months)
                .renewalTalksStart().orElse(null))));
    }

    private void focusFirstInvalid() {
        descendants(this).filter(c -> c instanceof HasValidation v && v.isInvalid())
                .filter(Focusable.class::isInstance).findFirst()
                .ifPresent(c -> ((Focusable<?>) c).focus());
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(c -> Stream.concat(Stream.of(c), descendants(c)));
    }

    /** The form builds new terms from its fields (see {@link #write()}): bindings only read. */
    private static <V> void ignore(AgreementTerms terms, V value) {
        // nothing: a setter keeps the field editable, Binder makes a field without one read-only
    }

    /** A whole number from 0 to max, else the refusal's own message (the same words the service would use). */
    private Validator<Integer> inRange(int max, String messageKey) {
        return (value, context) -> value >= 0 && value <= max ? ValidationResult.ok()
                : ValidationResult.error(getTranslation(messageKey, value, max));
    }

    private String required(String labelKey) {
        return getTranslation(Texts.REQUIRED, getTranslation(labelKey));
    }

    private <F extends Component & HasValidation & HasLabel> void label(F field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        new Refusal.Label(labelKey).field().ifPresent(name -> refusals.bind(name, field));
    }

    private static String text(AgreementTexts t, String key) {
        String value = switch (key) {
            case "background" -> t.background();
            case "purpose" -> t.purpose();
            case "target-group" -> t.targetGroup();
            case "activities" -> t.activities();
            case "value-base" -> t.valueBase();
            case "overall-goals" -> t.overallGoals();
            case "strategies" -> t.strategies();
            case "organisation" -> t.organisation();
            case "renegotiation-clause" -> t.renegotiationClause();
            case "termination-clause" -> t.terminationClause();
            default -> t.disputeClause();
        };
        return value == null ? "" : value;
    }
}
