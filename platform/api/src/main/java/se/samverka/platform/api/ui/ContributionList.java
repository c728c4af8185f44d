package se.samverka.platform.api.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import se.samverka.platform.api.links.Contribution;

import java.util.List;

/**
 * What other modules' records report into this record ({@link se.samverka.platform.api.links.RecordDirectory#contributionsTo}),
 * each as a titled description list of its figures, linked to where it comes from; nothing at all when
 * nothing reports (the section is then left out, not shown empty).
 */
public class ContributionList extends Div {

    public static final String TITLE = "links.contributions.title";

    public ContributionList(List<Contribution> contributions) {
        addClassName("samverka-contributions");
        setVisible(!contributions.isEmpty());
        if (contributions.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(TITLE)));
        for (Contribution contribution : contributions) {
            Div item = new Div();
            item.addClassName("samverka-contribution");
            item.getElement().setAttribute("data-reference", contribution.source().toString());
            Anchor title = new Anchor(contribution.path(), contribution.title() + " – " + contribution.period());
            DescriptionList figures = new DescriptionList();
            for (Contribution.Line line : contribution.lines()) {
                figures.add(new DescriptionList.Term(getTranslation(line.labelKey())),
                        new DescriptionList.Description(line.value()));
            }
            item.add(new Div(title), figures);
            if (contribution.note() != null) {
                item.add(new Paragraph(getTranslation(contribution.note().key(), contribution.note().arguments().toArray())));
            }
            add(item);
        }
    }
}
