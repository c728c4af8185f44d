package se.samverka.agreements.ui.form;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.core.annotation.Nullable;
import se.samverka.agreements.agreement.ContributionTerms;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.agreement.SignatoryTerms;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.PartnerPicker;
import se.samverka.platform.api.ui.NumberFields;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One party of the agreement in the form: the tenant (name and number as the agreement states
 * them) or a partner organisation picked from the register; its commitments, signatories and
 * contributions per year.
 */
class PartyEditor extends VerticalLayout {

    private final boolean tenant;
    private final PartyTerms original;
    private final TextField name = new TextField();
    private final TextField organisationNumber = new TextField();
    private final PartnerPicker partner;
    private final Checkbox convenes = new Checkbox();
    private final TextArea commitments = new TextArea();
    private final VerticalLayout signatories = new VerticalLayout();
    private final VerticalLayout contributions = new VerticalLayout();
    private final List<SignatoryRow> signatoryRows = new ArrayList<>();
    private final List<ContributionRow> contributionRows = new ArrayList<>();

    /** @param remove how the form drops this party (none for the tenant, which is always a party) */
    PartyEditor(boolean tenant, PartyTerms party, PartnerRegister partners, @Nullable Runnable remove) {
        this.partner = new PartnerPicker(partners);
        this.tenant = tenant;
        this.original = party;
        addClassName("party-editor");
        setPadding(true);
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
        add(new H3(getTranslation(tenant ? "agreements.ui.form.tenant-party" : "agreements.ui.form.partner-party")));
        if (tenant) {
            name.setLabel(getTranslation("agreements.field.party-name"));
            name.setRequiredIndicatorVisible(true);
            name.addClassName("party-name");
            name.setValue(party.name() == null ? "" : party.name());
            organisationNumber.setLabel(getTranslation("agreements.field.organisation-number"));
            organisationNumber.addClassName("party-organisation-number");
            organisationNumber.setValue(party.organisationNumber() == null ? "" : party.organisationNumber());
            add(new HorizontalLayout(name, organisationNumber));
        } else {
            partner.setLabel(getTranslation("agreements.ui.form.partner"));
            partner.addClassName("party-partner");
            partner.setRequiredIndicatorVisible(true);
            partner.setWidth("28rem");
            partner.setClearButtonVisible(false);
            partner.show(party.partnerId());
            HorizontalLayout row = new HorizontalLayout(partner);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            if (remove != null) {
                Button drop = new Button(getTranslation("agreements.ui.form.remove-party"), e -> remove.run());
                drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(drop);
            }
            add(row);
        }
        convenes.setLabel(getTranslation("agreements.ui.convenes"));
        convenes.setValue(party.convenesSteeringGroup());
        commitments.setLabel(getTranslation("agreements.ui.commitments"));
        commitments.setHelperText(getTranslation("agreements.ui.form.commitments-help"));
        commitments.setWidthFull();
        commitments.addClassName("party-commitments");
        commitments.setValue(String.join("\n\n", party.commitments()));
        add(convenes, commitments);

        signatories.setPadding(false);
        Button addSignatory = new Button(getTranslation("agreements.ui.form.add-signatory"), e -> addSignatory(null));
        addSignatory.addClassName("party-add-signatory");
        add(new H4(getTranslation("agreements.ui.signatories")), signatories, addSignatory);
        party.signatories().forEach(this::addSignatory);

        contributions.setPadding(false);
        Button addContribution = new Button(getTranslation("agreements.ui.form.add-contribution"), e -> addContribution(null));
        addContribution.addClassName("party-add-contribution");
        add(new H4(getTranslation("agreements.ui.contributions")), contributions, addContribution);
        party.contributions().forEach(this::addContribution);
    }

    boolean isTenant() {
        return tenant;
    }

    TextField organisationNumberField() {
        return organisationNumber;
    }

    /** The party as entered; the service checks it (and refuses with a message naming what is wrong). */
    PartyTerms terms() {
        List<String> commitmentList = Arrays.stream(commitments.getValue().split("\\R\\s*\\R"))
                .map(String::strip).filter(c -> !c.isEmpty()).toList();
        List<SignatoryTerms> signatoryList = signatoryRows.stream().map(SignatoryRow::terms).toList();
        List<ContributionTerms> contributionList = contributionRows.stream().map(ContributionRow::terms).toList();
        PartyTerms party;
        if (tenant) {
            party = PartyTerms.tenant(name.getValue(), organisationNumber.getValue());
        } else {
            PartnerOrganisation chosen = partner.getValue();
            // the same organisation keeps the name the agreement states; another one is named from the register
            boolean same = chosen != null && Objects.equals(chosen.id(), original.partnerId());
            party = new PartyTerms(chosen == null ? null : chosen.id(), same ? original.name() : null,
                    same ? original.organisationNumber() : null, false, List.of(), List.of(), List.of());
        }
        return party.convening(convenes.getValue()).withCommitments(commitmentList)
                .withSignatories(signatoryList).withContributions(contributionList);
    }

    private void addSignatory(@Nullable SignatoryTerms signatory) {
        SignatoryRow row = new SignatoryRow(signatory);
        signatoryRows.add(row);
        signatories.add(row);
    }

    private void addContribution(@Nullable ContributionTerms contribution) {
        ContributionRow row = new ContributionRow(contribution);
        contributionRows.add(row);
        contributions.add(row);
    }

    /** A person signing for the party: name, role, and the date once signed. */
    private final class SignatoryRow extends HorizontalLayout {
        private final TextField signatoryName = new TextField(getTranslation("agreements.field.signatory-name"));
        private final TextField role = new TextField(getTranslation("agreements.field.signatory-role"));
        private final DatePicker signedOn = DateFields.date(getTranslation("agreements.ui.form.signed-on"));

        SignatoryRow(@Nullable SignatoryTerms signatory) {
            addClassName("signatory-row");
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            signatoryName.setRequiredIndicatorVisible(true);
            if (signatory != null) {
                signatoryName.setValue(signatory.name());
                role.setValue(signatory.role() == null ? "" : signatory.role());
                signedOn.setValue(signatory.signedOn());
            }
            Button remove = new Button(getTranslation("agreements.ui.remove"), e -> {
                signatoryRows.remove(this);
                signatories.remove(this);
            });
            remove.setAriaLabel(getTranslation("agreements.ui.form.remove-signatory"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(signatoryName, role, signedOn, remove);
        }

        SignatoryTerms terms() {
            return new SignatoryTerms(signatoryName.getValue(), role.getValue(), signedOn.getValue());
        }
    }

    /** What the party contributes in one year, in whole kronor. */
    private final class ContributionRow extends HorizontalLayout {
        private final IntegerField year = new IntegerField(getTranslation("agreements.ui.year"));
        private final IntegerField amount = new IntegerField(getTranslation("agreements.ui.form.amount-sek"));
        private final TextField description = new TextField(getTranslation("agreements.field.contribution-description"));

        ContributionRow(@Nullable ContributionTerms contribution) {
            addClassName("contribution-row");
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            year.setRequiredIndicatorVisible(true);
            NumberFields.bounded(year, 1900, 2200);
            amount.setRequiredIndicatorVisible(true);
            NumberFields.atLeast(amount, 0);
            amount.setSuffixComponent(new Span(Formats.kronaSymbol()));
            description.setWidth("24rem");
            if (contribution != null) {
                year.setValue(contribution.year());
                amount.setValue((int) Math.min(Integer.MAX_VALUE, contribution.amountSek()));
                description.setValue(contribution.description() == null ? "" : contribution.description());
            }
            Button remove = new Button(getTranslation("agreements.ui.remove"), e -> {
                contributionRows.remove(this);
                contributions.remove(this);
            });
            remove.setAriaLabel(getTranslation("agreements.ui.form.remove-contribution"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(year, amount, description, remove);
        }

        ContributionTerms terms() {
            // an empty amount is refused by the form before it gets here; -1 makes the service say so otherwise
            return new ContributionTerms(year.getValue() == null ? 0 : year.getValue(),
                    amount.getValue() == null ? -1 : amount.getValue(), description.getValue());
        }

        boolean isComplete() {
            return year.getValue() != null && amount.getValue() != null && amount.getValue() >= 0;
        }

        void flag(String message) {
            if (year.getValue() == null) {
                year.setErrorMessage(message);
                year.setInvalid(true);
            }
            if (amount.getValue() == null || amount.getValue() < 0) {
                amount.setErrorMessage(message);
                amount.setInvalid(true);
            }
        }
    }

    /**
     * Marks incomplete rows (a contribution without year or amount, a signatory without a name) at
     * their fields, so the user sees where; true when all are complete.
     */
    boolean checkRows(String contributionMessage, String signatoryMessage) {
        boolean ok = true;
        for (ContributionRow row : contributionRows) {
            if (!row.isComplete()) {
                row.flag(contributionMessage);
                ok = false;
            }
        }
        for (SignatoryRow row : signatoryRows) {
            if (row.signatoryName.getValue().isBlank()) {
                row.signatoryName.setErrorMessage(signatoryMessage);
                row.signatoryName.setInvalid(true);
                ok = false;
            }
        }
        if (tenant && name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation(Texts.REQUIRED, getTranslation("agreements.field.party-name")));
            name.setInvalid(true);
            ok = false;
        }
        if (!tenant && partner.getValue() == null) {
            partner.setErrorMessage(getTranslation(Texts.REQUIRED, getTranslation("agreements.ui.form.partner")));
            partner.setInvalid(true);
            ok = false;
        }
        return ok;
    }
}
