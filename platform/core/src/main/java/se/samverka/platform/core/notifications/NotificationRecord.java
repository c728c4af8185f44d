package se.samverka.platform.core.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

import java.time.Instant;
import java.util.Locale;

/** A stored in-app notification; written by {@link DatabaseNotifier}, read and marked read through {@link Notifications}. */
@MappedEntity("notification")
public record NotificationRecord(@Id @GeneratedValue Long id, @TenantId String tenantId, String recipient, String noticeKey,
                                 String subjectSv, String subjectEn, String bodySv, String bodyEn, @Nullable String link,
                                 Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    public String subject(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? subjectEn : subjectSv;
    }

    public String body(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? bodyEn : bodySv;
    }
}
