package se.samverka.platform.api.people;

import java.util.Objects;
import java.util.Optional;

/** A portal user as the user directory knows them: whom to tell, and where. */
public record Person(String username, String displayName, Optional<String> email) {

    public Person {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        email = email == null ? Optional.empty() : email.filter(e -> !e.isBlank());
    }
}
