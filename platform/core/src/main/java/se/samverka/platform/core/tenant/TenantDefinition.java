package se.samverka.platform.core.tenant;

import java.nio.file.Path;
import java.util.List;

/** A tenant as its file in {@code tenants/} declares it, validated. */
public record TenantDefinition(String id, String name, TenantKind kind, String organisationNumber,
                               List<String> hosts, String locale, String brandColour, List<String> modules,
                               Path source) {
}
