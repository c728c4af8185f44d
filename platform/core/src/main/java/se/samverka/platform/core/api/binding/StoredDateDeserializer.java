package se.samverka.platform.core.api.binding;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import se.samverka.platform.api.refusal.UnreadableBody;
import se.samverka.platform.api.validation.StoredDates;

import java.io.IOException;
import java.time.LocalDate;

/**
 * A date of an API body, ISO {@code yyyy-MM-dd}, within the dates the database stores exactly
 * ({@link StoredDates}); before serde's own date deserializer. JSON the portal reads itself (e.g. stored
 * history) is read as it is, so an old out-of-range date never makes a record unreadable.
 */
@Singleton
@Order(-100)
final class StoredDateDeserializer implements Deserializer<LocalDate> {

    @Override
    public LocalDate deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type) throws IOException {
        LocalDate date = LocalDate.parse(decoder.decodeString());
        if (decoder instanceof StrictDecoder && !StoredDates.stored(date)) {
            throw new UnreadableBody(StoredDates.OUT_OF_RANGE, StoredDates.MIN, StoredDates.MAX);
        }
        return date;
    }

    @Override
    public LocalDate deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
