package se.samverka.platform.core.security;

import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.CurrentUser;

import java.util.Optional;

/** The user of the Vaadin request (session filter) or of the Micronaut request (security filter). */
@Singleton
public class PlatformCurrentUser implements CurrentUser {

    private final SecurityService securityService;

    PlatformCurrentUser(SecurityService securityService) {
        this.securityService = securityService;
    }

    @Override
    public Optional<PortalUser> get() {
        Optional<PortalUser> fromUi = UserContext.current();
        if (fromUi.isPresent()) {
            return fromUi;
        }
        return securityService.getAuthentication().map(Claims::toUser);
    }
}
