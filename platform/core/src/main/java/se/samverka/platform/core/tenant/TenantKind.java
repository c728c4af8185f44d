package se.samverka.platform.core.tenant;

/** What kind of public body a tenant is. */
public enum TenantKind {
    MUNICIPALITY, REGION
}
