package se.samverka.agreements.agreement;

import io.micronaut.data.model.Sort;

/** The orders the list offers, each ending on the id so that pages never overlap or skip. */
public enum AgreementSort {
    TITLE("title"),
    REGISTRY_NUMBER("registryNumber"),
    STATUS("status"),
    PERIOD_START("periodStart"),
    PERIOD_END("periodEnd"),
    RENEWAL_TALKS_START("renewalTalksStart"),
    LAST_CHANGED("updatedAt");

    private final String property;

    AgreementSort(String property) {
        this.property = property;
    }

    /** The entity property it sorts by. */
    public String property() {
        return property;
    }

    public Sort sort(boolean ascending) {
        Sort.Order order = ascending ? Sort.Order.asc(property) : Sort.Order.desc(property);
        return Sort.of(order, ascending ? Sort.Order.asc("id") : Sort.Order.desc("id"));
    }
}
