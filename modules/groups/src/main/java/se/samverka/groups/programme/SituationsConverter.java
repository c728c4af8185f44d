package se.samverka.groups.programme;

import jakarta.inject.Singleton;
import se.samverka.platform.api.data.EnumSetConverter;

/** A programme's target situations in one column, comma-separated, in the enum's order. */
@Singleton
class SituationsConverter extends EnumSetConverter<TargetSituation> {

    SituationsConverter() {
        super(TargetSituation.class);
    }
}
