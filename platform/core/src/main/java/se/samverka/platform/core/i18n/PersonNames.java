package se.samverka.platform.core.i18n;

import jakarta.inject.Singleton;
import se.samverka.platform.core.users.DirectoryUser;
import se.samverka.platform.core.users.UserDirectory;

import java.util.Locale;

/**
 * A person's name where a message names someone by username (who changed a record): the user
 * directory's name, the portal itself for its own work ({@code system:…}), else the username (an
 * account that no longer exists, or a directory that does not answer).
 */
@Singleton
public class PersonNames {

    private final UserDirectory directory;

    PersonNames(UserDirectory directory) {
        this.directory = directory;
    }

    public String nameOf(String username, Locale locale) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (username.startsWith("system:")) {
            return Messages.get(locale, "person.system");
        }
        try {
            return directory.findByUsername(username).map(DirectoryUser::displayName).orElse(username);
        } catch (RuntimeException directoryUnavailable) {
            return username;
        }
    }
}
