package se.samverka.agreements.ui.detail;

import se.samverka.platform.api.ui.Prose;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.validation.Amounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.ContributionTerms;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.agreement.SignatoryTerms;
import se.samverka.agreements.ui.AgreementTab;

/** Each party with what it takes on, who signs for it and what it contributes each year. */
@Singleton
public class PartiesTab implements AgreementTab {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "agreements.tab.parties";
    }

    @Override
    public String id() {
        return "parties";
    }

    @Override
    public Component create(AgreementDetails details, Runnable changed) {
        Div parties = new Div();
        parties.setId("agreement-parties");
        if (details.parties().isEmpty()) {
            parties.add(new Paragraph(parties.getTranslation("agreements.ui.parties.empty")));
        }
        long total = 0;
        for (PartyTerms party : details.parties()) {
            parties.add(party(parties, party));
            total = Amounts.sum(total, party.contributions().stream().mapToLong(ContributionTerms::amountSek).reduce(0L, Amounts::sum));
        }
        if (total > 0) {
            Paragraph sum = new Paragraph(parties.getTranslation("agreements.ui.contributions.total", Formats.sek(total)));
            sum.setId("contributions-total");
            parties.add(sum);
        }
        return parties;
    }

    private static Component party(Div parent, PartyTerms party) {
        Div section = new Div();
        section.addClassName("agreement-party");
        String heading = party.organisationNumber() == null ? party.name() : party.name() + " (" + party.organisationNumber() + ")";
        section.add(new H2(heading));
        if (party.convenesSteeringGroup()) {
            section.add(new Paragraph(parent.getTranslation("agreements.ui.convenes")));
        }
        section.add(new H3(parent.getTranslation("agreements.ui.commitments")));
        if (party.commitments().isEmpty()) {
            section.add(new Paragraph(parent.getTranslation("agreements.ui.none")));
        } else {
            UnorderedList commitments = new UnorderedList();
            party.commitments().forEach(c -> commitments.add(new ListItem(Prose.of(c))));
            section.add(commitments);
        }
        section.add(new H3(parent.getTranslation("agreements.ui.signatories")));
        if (party.signatories().isEmpty()) {
            section.add(new Paragraph(parent.getTranslation("agreements.ui.none")));
        } else {
            UnorderedList signatories = new UnorderedList();
            for (SignatoryTerms s : party.signatories()) {
                String role = s.role() == null ? "" : ", " + s.role();
                String signed = s.signedOn() == null ? parent.getTranslation("agreements.ui.not-signed")
                        : parent.getTranslation("agreements.ui.signed-on", Formats.date(s.signedOn()));
                signatories.add(new ListItem(s.name() + role + " – " + signed));
            }
            section.add(signatories);
        }
        section.add(new H3(parent.getTranslation("agreements.ui.contributions")));
        if (party.contributions().isEmpty()) {
            section.add(new Paragraph(parent.getTranslation("agreements.ui.none")));
        } else {
            Grid<ContributionTerms> grid = new Grid<>();
            grid.addColumn(ContributionTerms::year).setHeader(parent.getTranslation("agreements.ui.year")).setAutoWidth(true);
            grid.addColumn(c -> Formats.sek(c.amountSek())).setHeader(parent.getTranslation("agreements.ui.amount"))
                    .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(c -> c.description() == null ? "" : c.description())
                    .setHeader(parent.getTranslation("agreements.field.contribution-description"));
            grid.setItems(party.contributions());
            grid.setAllRowsVisible(true);
            section.add(grid, new Paragraph(parent.getTranslation("agreements.ui.contributions.party-total",
                    Formats.sek(party.contributions().stream().mapToLong(ContributionTerms::amountSek).reduce(0L, Amounts::sum)))));
        }
        return section;
    }
}
