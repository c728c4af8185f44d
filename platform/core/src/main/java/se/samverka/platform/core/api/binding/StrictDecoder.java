package se.samverka.platform.core.api.binding;

import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.DelegatingDecoder;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.UnreadableBody;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Micronaut Serde's JSON decoder without its coercions, which serde cannot switch off by configuration:
 * a whole number is only a JSON integer in range ({@code true}, {@code 1.5} and {@code "1"} are refused),
 * a boolean only {@code true} or {@code false} ({@code "yes"} would otherwise be false), text only a JSON
 * string, and an array holds no {@code null}. Each scalar is read as a JSON node and checked before it is
 * converted; after every step {@link BodyPosition} notes the JSON pointer of the value just read (Jackson's
 * context still names it then), so a refusal, the decoder's or a deserializer's, names exactly the field.
 */
final class StrictDecoder extends DelegatingDecoder {

    private final Decoder delegate;
    private final JsonParser parser;
    private final BodyPosition position;
    private final boolean array;

    StrictDecoder(Decoder delegate, JsonParser parser, BodyPosition position, boolean array) {
        this.delegate = delegate;
        this.parser = parser;
        this.position = position;
        this.array = array;
    }

    @Override
    protected Decoder delegate() {
        return delegate;
    }

    @Override
    public IOException createDeserializationException(String message, Object invalidValue) {
        return delegate.createDeserializationException(message, invalidValue);
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    /** A step of the delegate, with the position noted after it, whether it succeeded or not. */
    private <T> T step(Step<T> step) throws IOException {
        try {
            return step.run();
        } finally {
            position.at(parser.getParsingContext().pathAsPointer().toString());
        }
    }

    /** The next value as a node; null only where nulls are allowed (not in an array). */
    private JsonNode value() throws IOException {
        JsonNode node = step(delegate::decodeNode);
        if (array && node.isNull()) {
            throw refusal("refusal.body.null-in-array");
        }
        return node;
    }

    private Refusal refusal(String key, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = position.pointer();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new UnreadableBody(key, all).at(position.pointer());
    }

    private Refusal wrongType(String typeLabel) {
        return refusal("refusal.body.wrong-type", Refusal.label(typeLabel));
    }

    private String text(JsonNode node) {
        if (!node.isString()) {
            throw wrongType("refusal.type.text");
        }
        return node.getStringValue();
    }

    private boolean bool(JsonNode node) {
        if (!node.isBoolean()) {
            throw wrongType("refusal.type.boolean");
        }
        return node.getBooleanValue();
    }

    private long whole(JsonNode node, long min, long max) {
        if (!node.isNumber() || node.getNumberValue() instanceof Float || node.getNumberValue() instanceof Double
                || node.getNumberValue() instanceof BigDecimal) {
            throw wrongType("refusal.type.whole-number");
        }
        BigInteger value = node.getBigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw refusal("refusal.body.number-range", min, max);
        }
        return value.longValue();
    }

    private BigInteger bigWhole(JsonNode node) {
        whole(node, Long.MIN_VALUE, Long.MAX_VALUE);
        return node.getBigIntegerValue();
    }

    private BigDecimal number(JsonNode node) {
        if (!node.isNumber()) {
            throw wrongType("refusal.type.number");
        }
        Number value = node.getNumberValue();
        return value instanceof Double || value instanceof Float ? BigDecimal.valueOf(value.doubleValue()) : node.getBigDecimalValue();
    }

    @Override
    public Decoder decodeArray(Argument<?> type) throws IOException {
        return new StrictDecoder(step(() -> delegate.decodeArray(type)), parser, position, true);
    }

    @Override
    public Decoder decodeArray() throws IOException {
        return new StrictDecoder(step(delegate::decodeArray), parser, position, true);
    }

    @Override
    public Decoder decodeObject(Argument<?> type) throws IOException {
        return new StrictDecoder(step(() -> delegate.decodeObject(type)), parser, position, false);
    }

    @Override
    public Decoder decodeObject() throws IOException {
        return new StrictDecoder(step(delegate::decodeObject), parser, position, false);
    }

    @Override
    public String decodeKey() throws IOException {
        return step(delegate::decodeKey);
    }

    @Override
    public void finishStructure() throws IOException {
        step(() -> {
            delegate.finishStructure();
            return null;
        });
    }

    @Override
    public void finishStructure(boolean consumeLeftElements) throws IOException {
        step(() -> {
            delegate.finishStructure(consumeLeftElements);
            return null;
        });
    }

    @Override
    public void skipValue() throws IOException {
        step(() -> {
            delegate.skipValue();
            return null;
        });
    }

    @Override
    public boolean decodeNull() throws IOException {
        boolean isNull = step(delegate::decodeNull);
        if (isNull && array) {
            throw refusal("refusal.body.null-in-array");
        }
        return isNull;
    }

    @Override
    public String decodeString() throws IOException {
        return text(value());
    }

    @Override
    public String decodeStringNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : text(node);
    }

    @Override
    public boolean decodeBoolean() throws IOException {
        return bool(value());
    }

    @Override
    public Boolean decodeBooleanNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : bool(node);
    }

    @Override
    public byte decodeByte() throws IOException {
        return (byte) whole(value(), Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    @Override
    public Byte decodeByteNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : (byte) whole(node, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    @Override
    public short decodeShort() throws IOException {
        return (short) whole(value(), Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public Short decodeShortNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : (short) whole(node, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public int decodeInt() throws IOException {
        return (int) whole(value(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public Integer decodeIntNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : (int) whole(node, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public long decodeLong() throws IOException {
        return whole(value(), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public Long decodeLongNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : whole(node, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public BigInteger decodeBigInteger() throws IOException {
        return bigWhole(value());
    }

    @Override
    public BigInteger decodeBigIntegerNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : bigWhole(node);
    }

    @Override
    public float decodeFloat() throws IOException {
        return number(value()).floatValue();
    }

    @Override
    public Float decodeFloatNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : number(node).floatValue();
    }

    @Override
    public double decodeDouble() throws IOException {
        return number(value()).doubleValue();
    }

    @Override
    public Double decodeDoubleNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : number(node).doubleValue();
    }

    @Override
    public BigDecimal decodeBigDecimal() throws IOException {
        return number(value());
    }

    @Override
    public BigDecimal decodeBigDecimalNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : number(node);
    }

    @Override
    public Number decodeNumber() throws IOException {
        return number(value());
    }

    @Override
    public Number decodeNumberNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : number(node);
    }

    @Override
    public char decodeChar() throws IOException {
        return decodeCharOf(value());
    }

    @Override
    public Character decodeCharNullable() throws IOException {
        JsonNode node = value();
        return node.isNull() ? null : decodeCharOf(node);
    }

    private char decodeCharOf(JsonNode node) {
        String text = text(node);
        if (text.length() != 1) {
            throw wrongType("refusal.type.text");
        }
        return text.charAt(0);
    }

    @Override
    public Object decodeArbitrary() throws IOException {
        Object value = step(delegate::decodeArbitrary);
        if (array && value == null) {
            throw refusal("refusal.body.null-in-array");
        }
        return value;
    }

    @Override
    public JsonNode decodeNode() throws IOException {
        return value();
    }
}
