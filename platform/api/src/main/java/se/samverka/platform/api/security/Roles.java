package se.samverka.platform.api.security;

import java.util.List;
import java.util.Set;

/** The portal's roles, as Keycloak realm roles and as the embedded sign-in grants them. */
public final class Roles {

    /** Operates the platform; manages modules of any tenant; sees no tenant data by default. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** Administers one tenant: modules, users, partner organisations. */
    public static final String TENANT_ADMIN = "tenant-admin";
    /** Creates and follows up records. */
    public static final String CASE_OFFICER = "case-officer";
    /** Reads and exports, changes nothing. */
    public static final String READER = "reader";
    /** Represents a partner organisation; sees only what the organisation is party to. */
    public static final String PARTNER = "partner";

    public static final List<String> ALL = List.of(PLATFORM_ADMIN, TENANT_ADMIN, CASE_OFFICER, READER, PARTNER);

    /** The roles that create and change a tenant's case records (readers and partner users do not). */
    public static final Set<String> CHANGERS = Set.of(CASE_OFFICER, TENANT_ADMIN);

    /** The roles that see all of the tenant's records (readers read, the others also change). */
    public static final Set<String> STAFF = Set.of(CASE_OFFICER, TENANT_ADMIN, READER);

    private Roles() {
    }
}
