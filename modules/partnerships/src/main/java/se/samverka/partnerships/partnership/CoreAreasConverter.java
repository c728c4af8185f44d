package se.samverka.partnerships.partnership;

import jakarta.inject.Singleton;
import se.samverka.platform.api.data.EnumSetConverter;

@Singleton
class CoreAreasConverter extends EnumSetConverter<CoreArea> {

    CoreAreasConverter() {
        super(CoreArea.class);
    }
}
