package se.samverka.agreements.ui.detail;

import se.samverka.platform.api.ui.Badge;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.ui.Badge;

/** An agreement's status in the same tone wherever it is shown (list, detail). */
public final class StatusTone {

    private StatusTone() {
    }

    public static Badge.Tone of(AgreementStatus status) {
        return switch (status) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case TERMINATED -> Badge.Tone.ERROR;
            case ENDED -> Badge.Tone.MUTED;
            default -> Badge.Tone.NEUTRAL;
        };
    }
}
