package se.samverka.agreements.links;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.agreement.AgreementEvent;
import se.samverka.platform.api.links.RecordEvents;
import se.samverka.platform.api.links.RecordReference;

import java.util.Locale;

/**
 * Tells other modules when an agreement changes status ({@code active}, {@code ended}, {@code terminated},
 * …), delivered by the platform after the change commits: a group run under an agreement that ended can say so.
 */
@Singleton
class AgreementRecordEvents implements ApplicationEventListener<AgreementEvent> {

    private final RecordEvents events;

    AgreementRecordEvents(RecordEvents events) {
        this.events = events;
    }

    @Override
    public void onApplicationEvent(AgreementEvent event) {
        if (event.kind() == AgreementEvent.Kind.STATUS_CHANGED) {
            events.publish(RecordReference.of(AgreementsModule.ID, AgreementRecords.TYPE, event.agreementId()),
                    event.status().name().toLowerCase(Locale.ROOT));
        }
    }
}
