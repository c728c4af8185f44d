package se.samverka.platform.core.api.binding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.body.JsonMessageHandler;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.config.DeserializationConfiguration;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.config.SerializationConfiguration;
import io.micronaut.serde.jackson.JacksonDecoder;
import jakarta.inject.Singleton;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.UnreadableBody;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every JSON request body of the API strictly, before Micronaut's own JSON reader (order -10):
 * Micronaut Serde with unknown fields refused (serde's {@code ignore-unknown} off for request bodies only:
 * set globally, {@code micronaut.serde.deserialization.ignore-unknown: false} would also refuse the fields
 * we do not model in what Keycloak and the OpenID provider answer), through {@link StrictDecoder} (no
 * coercion of types, no null in arrays), and nothing but white space after the JSON value. What it refuses is an {@link UnreadableBody}: 400 with the field as a JSON pointer.
 */
@Singleton
@Order(-20)
@JsonMessageHandler.ConsumesJson
final class StrictJsonBodyReader<T> implements MessageBodyReader<T> {

    /** Serde's message for a missing required property names it; nothing else of the message is shown. */
    private static final Pattern REQUIRED = Pattern.compile("Required (?:constructor parameter|property) \\[([^\\]]+)]");

    private final SerdeRegistry registry;
    private final SerdeConfiguration configuration;
    private final JsonFactory factory = new JsonFactory();

    private final JsonMapper lenient;

    StrictJsonBodyReader(SerdeRegistry registry, SerdeConfiguration configuration, SerializationConfiguration serialization,
                         DeserializationConfiguration deserialization, JsonMapper jsonMapper) {
        this.registry = registry.cloneWithConfiguration(configuration, serialization, new RefusingUnknown(deserialization));
        this.configuration = configuration;
        this.lenient = jsonMapper;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        Class<?> target = type.getType();
        // bodies taken as they are (text, bytes) are not JSON values to bind
        boolean raw = CharSequence.class.isAssignableFrom(target) || target == byte[].class
                || ByteBuffer.class.isAssignableFrom(target) || InputStream.class.isAssignableFrom(target);
        return !raw && (mediaType == null || mediaType.matchesAllOrWildcardOrExtension(MediaType.EXTENSION_JSON));
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, ByteBuffer<?> byteBuffer) throws CodecException {
        try {
            return read(type, httpHeaders, byteBuffer.toByteArray());
        } finally {
            if (byteBuffer instanceof ReferenceCounted counted) {
                counted.release();
            }
        }
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, InputStream inputStream) throws CodecException {
        try {
            return read(type, httpHeaders, inputStream.readAllBytes());
        } catch (IOException e) {
            throw new CodecException("The request body could not be read", e);
        }
    }

    /**
     * The HTTP client reads its answers with the same readers: what Keycloak or the OpenID provider answer
     * is read as Micronaut reads it (their fields we do not model are no error). Only the body of the request
     * being served, the one with the request's own headers, is read strictly.
     */
    private T read(Argument<T> type, Headers headers, byte[] body) {
        boolean request = ServerRequestContext.currentRequest().map(r -> r.getHeaders() == headers).orElse(false);
        if (!request) {
            try {
                return lenient.readValue(body, type);
            } catch (IOException e) {
                throw new CodecException("The JSON could not be read", e);
            }
        }
        return readStrictly(type, body);
    }

    private T readStrictly(Argument<T> type, byte[] body) {
        BodyPosition position = new BodyPosition();
        try (JsonParser parser = factory.createParser(body)) {
            Deserializer.DecoderContext context = registry.newDecoderContext(null);
            Deserializer<? extends T> deserializer = context.findDeserializer(type).createSpecific(context, type);
            Decoder decoder = new StrictDecoder(JacksonDecoder.create(parser, LimitingStream.limitsFromConfiguration(configuration)),
                    parser, position, false);
            T value = deserializer.deserializeNullable(decoder, context, type);
            // the decoder stops at the value's last token: anything but the end after it is data after the JSON
            if (parser.nextToken() != null) {
                throw located("refusal.body.trailing", parser.currentLocation());
            }
            return value;
        } catch (IOException | RuntimeException e) {
            return refuse(e, position);
        }
    }

    /** The refusal for what failed; serde wraps what its decoder and deserializers throw. */
    private static <T> T refuse(Exception e, BodyPosition position) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                // a deserializer's refusal (a date out of range) concerns the value it just read
                throw refusal.field().isPresent() ? refusal : refusal.at(position.pointer());
            }
            if (cause instanceof JsonProcessingException syntax) {
                throw located("refusal.body.not-json", syntax.getLocation());
            }
        }
        // serde's own refusals: an unknown or missing field, an unknown enum value, a date that is none
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        String message = messages.toString();
        Matcher required = REQUIRED.matcher(message);
        if (required.find()) {
            String field = position.pointer() + "/" + required.group(1);
            throw new UnreadableBody("refusal.body.missing", field).at(field);
        }
        if (message.contains("Unknown property")) {
            throw new UnreadableBody("refusal.body.unknown-field", position.pointer()).at(position.pointer());
        }
        String field = position.pointer();
        throw new UnreadableBody("refusal.body.wrong-value", field).at(field);
    }

    /** The application's deserialization configuration with unknown fields refused. */
    private record RefusingUnknown(DeserializationConfiguration configured) implements DeserializationConfiguration {

        @Override
        public boolean isIgnoreUnknown() {
            return false;
        }

        @Override
        public int getArraySizeThreshold() {
            return configured.getArraySizeThreshold();
        }

        @Override
        public boolean isStrictNullable() {
            return configured.isStrictNullable();
        }

        @Override
        public boolean isFailOnNullForPrimitives() {
            return configured.isFailOnNullForPrimitives();
        }

        @Override
        public boolean isSubtypesRequireDefaultImpl() {
            return configured.isSubtypesRequireDefaultImpl();
        }

        @Override
        public boolean acceptCaseInsensitiveEnums() {
            return configured.acceptCaseInsensitiveEnums();
        }
    }

    private static UnreadableBody located(String key, JsonLocation location) {
        long line = location == null ? 1 : Math.max(1, location.getLineNr());
        long column = location == null ? 1 : Math.max(1, location.getColumnNr());
        return new UnreadableBody(key, line, column);
    }
}
