package se.samverka.platform.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A user as the tenant's user administration shows it. */
@Serdeable
public record DirectoryUser(String id, String username, @Nullable String firstName, @Nullable String lastName,
                            @Nullable String email, @Nullable String role, List<String> tenants) {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? username : name;
    }
}
