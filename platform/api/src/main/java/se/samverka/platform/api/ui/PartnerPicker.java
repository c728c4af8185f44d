package se.samverka.platform.api.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;

import java.util.Optional;

/**
 * A field that picks an organisation of the tenant's partner register by typing part of its name, paged in
 * the database as the user types; shows the organisation number beside the name where there is one.
 */
public class PartnerPicker extends ComboBox<PartnerOrganisation> {

    private final transient PartnerRegister partners;

    public PartnerPicker(PartnerRegister partners) {
        this.partners = partners;
        setItems(query -> partners.search(query.getFilter().orElse(null),
                        Pageable.from(query.getPage(), query.getPageSize(), Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id"))))
                .getContent().stream())
                .setIdentifierProvider(PartnerOrganisation::id);
        setItemLabelGenerator(p -> p.organisationNumber() == null ? p.name() : p.name() + " (" + p.organisationNumber() + ")");
        setClearButtonVisible(true);
    }

    /** Shows the organisation with this id (a saved choice), or nothing when there is none or it is gone. */
    public void show(Long partnerId) {
        setValue(partnerId == null ? null : partners.find(partnerId).orElse(null));
    }

    /** The chosen organisation's id. */
    public Optional<Long> partnerId() {
        return Optional.ofNullable(getValue()).map(PartnerOrganisation::id);
    }
}
