package se.samverka.agreements.agreement;

import se.samverka.agreements.lifecycle.AgreementStatus;

import jakarta.inject.Singleton;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;

import java.util.Optional;

/**
 * Partner isolation: a partner user sees an agreement of the current tenant only when their
 * organisation is a party to it. The user's organisation is the directory alias their sign-in
 * carries; the tenant's partner record with that alias is what the agreement names as a party.
 * So the same organisation's users see, in each tenant, exactly what it is party to there, and
 * nothing at all in a tenant where it is party to nothing.
 */
@Singleton
public class PartnerAccess {

    private final PartnerRegister partners;
    private final AgreementRepository agreements;
    private final PartyStore parties;
    private final CurrentUser currentUser;

    PartnerAccess(PartnerRegister partners, AgreementRepository agreements, PartyStore parties, CurrentUser currentUser) {
        this.partners = partners;
        this.agreements = agreements;
        this.parties = parties;
        this.currentUser = currentUser;
    }

    /** Whether the user may see the agreement in the current tenant. */
    public boolean maySee(PortalUser user, long agreementId) {
        return maySee(Sight.of(user), agreementId);
    }

    /** Whether the current user (or the portal's own system work) may see the agreement. */
    public boolean maySee(long agreementId) {
        return maySee(currentUser.sight(), agreementId);
    }

    /** Whether the user is a partner user whose organisation is a party to the agreement: who may report for it. */
    public boolean representsParty(PortalUser user, long agreementId) {
        return user.hasRole(Roles.PARTNER) && Sight.of(user) instanceof Sight.Organisation own
                && isParty(own.directoryAlias(), agreementId);
    }

    /** The current tenant's record of the user's organisation, if the user is a partner user and it has one. */
    public Optional<PartnerOrganisation> organisationOf(PortalUser user) {
        return Sight.of(user) instanceof Sight.Organisation own ? partners.findByDirectoryAlias(own.directoryAlias())
                : Optional.empty();
    }

    boolean maySee(Sight sight, long agreementId) {
        if (sight instanceof Sight.WholeTenant) {
            return agreements.existsById(agreementId);
        }
        // a draft is the municipality's own work until it is proposed (issue 13: a choice, in the README)
        return sight instanceof Sight.Organisation own && isParty(own.directoryAlias(), agreementId)
                && agreements.findById(agreementId).map(a -> a.status() != AgreementStatus.DRAFT).orElse(false);
    }

    private boolean isParty(String directoryAlias, long agreementId) {
        return partners.findByDirectoryAlias(directoryAlias)
                .map(organisation -> parties.isParty(agreementId, organisation.id()))
                .orElse(false);
    }
}
