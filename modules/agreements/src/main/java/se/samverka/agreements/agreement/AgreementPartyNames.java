package se.samverka.agreements.agreement;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The partner parties' names of a page of agreements, read in one query so that a list of n
 * agreements costs no n extra queries. Only agreements the current user may see are answered.
 */
@Singleton
public class AgreementPartyNames {

    private final AgreementPartyRepository parties;
    private final PartnerRegister partners;
    private final CurrentUser currentUser;

    AgreementPartyNames(AgreementPartyRepository parties, PartnerRegister partners, CurrentUser currentUser) {
        this.parties = parties;
        this.partners = partners;
        this.currentUser = currentUser;
    }

    /** Agreement id → its partner parties' names in the agreement's order; agreements without partners are absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> partnersOf(Collection<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<AgreementParty>> byAgreement = parties.findByAgreementIdIn(agreementIds).stream()
                .filter(party -> party.partnerId() != null)
                .sorted(Comparator.comparingInt(AgreementParty::position))
                .collect(Collectors.groupingBy(AgreementParty::agreementId));
        Sight sight = currentUser.sight();
        if (sight instanceof Sight.Organisation own) {
            // a partner user is given only agreements their organisation is party to
            Long ownId = partners.findByDirectoryAlias(own.directoryAlias()).map(o -> o.id()).orElse(null);
            byAgreement.values().removeIf(list -> list.stream().noneMatch(p -> p.partnerId().equals(ownId)));
        } else if (!(sight instanceof Sight.WholeTenant)) {
            return Map.of();
        }
        return byAgreement.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(AgreementParty::name).toList()));
    }
}
