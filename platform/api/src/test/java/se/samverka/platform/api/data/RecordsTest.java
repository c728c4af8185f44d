package se.samverka.platform.api.data;

import io.micronaut.data.exceptions.OptimisticLockException;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.StaleRecord;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordsTest {

    record Meeting(Long version, String updatedBy, Instant updatedAt) implements EditedRecord {
    }

    record Indicator(Long version) implements Versioned {
    }

    static final String LABEL = "module.record.meeting";
    static final Instant WHEN = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void theRecordAtTheVersionTheChangeWasBasedOnIsGiven() {
        Meeting meeting = new Meeting(3L, "anna", WHEN);
        assertThat(Records.atVersion(LABEL, 1, Optional.of(meeting), 3L)).isSameAs(meeting);
    }

    @Test
    void aMissingRecordIsNotFoundAndAnotherVersionIsStaleNamingWhoChangedIt() {
        assertThatThrownBy(() -> Records.atVersion(LABEL, 1, Optional.<Meeting>empty(), 3L)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> Records.atVersion(LABEL, 1, Optional.of(new Meeting(4L, "anna", WHEN)), 3L))
                .isInstanceOfSatisfying(StaleRecord.class, stale -> {
                    assertThat(stale.changedBy()).contains("anna");
                    assertThat(stale.changedAt()).contains(WHEN);
                });
        assertThatThrownBy(() -> Records.atVersion(LABEL, 1, Optional.of(new Meeting(4L, "anna", WHEN)), null))
                .as("a change that does not say what it read").isInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> Records.atVersion(LABEL, 1, Optional.of(new Indicator(2L)), 1L))
                .isInstanceOfSatisfying(StaleRecord.class, stale -> assertThat(stale.changedBy()).isEmpty());
    }

    @Test
    void aWriteThatLosesTheRaceIsStaleNamingTheWinner() {
        assertThatThrownBy(() -> Records.write(LABEL, 1, () -> {
            throw new OptimisticLockException("changed meanwhile");
        }, () -> Optional.of(new Meeting(5L, "bertil", WHEN)))).isInstanceOfSatisfying(StaleRecord.class,
                stale -> assertThat(stale.changedBy()).contains("bertil"));
        assertThat(Records.write(LABEL, 1, () -> new Indicator(2L), Optional::empty)).isEqualTo(new Indicator(2L));
    }
}
