package fr.centreisere.concierge.embeddedmongodb;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The keys of a unique index (the library's {@link KeyValue}: the indexed fields' values), stored and compared
 * by their values. MVStore's default type knows no {@code KeyValue}: it compared two keys by Java-serialising both,
 * at every step of every look-up's binary search, and serialised them again at every commit (issue 15: a quarter
 * of the store's CPU on placing an order with 100,000 orders stored went to those comparisons, a fifth to those
 * serialisations).
 *
 * <p>The order is by value: a type rank first (null, missing, string, integer, long, double, boolean, then any
 * other BSON value by its class and its BSON bytes), then the values, field after field. It agrees with the
 * keys' equality as the old order did: two keys are equal when their values are of the same types and equal.
 * Only index maps created by this version use it ({@link DocumentMaps}): an index written by an earlier version
 * was ordered by its serialised bytes and keeps its type.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    static final IndexKeyType INSTANCE = new IndexKeyType();

    private static final byte NULL = 0;
    private static final byte MISSING = 1;
    private static final byte STRING = 2;
    private static final byte INTEGER = 3;
    private static final byte LONG = 4;
    private static final byte DOUBLE = 5;
    private static final byte BOOLEAN = 6;
    private static final byte OTHER = 7;
    /** The field under which another value is wrapped in a BSON document. */
    private static final String VALUE = "v";

    private IndexKeyType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int fields = Math.min(a.size(), b.size());
        for (int i = 0; i < fields; i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static int compareValues(Object x, Object y) {
        byte tx = tagOf(x);
        byte ty = tagOf(y);
        if (tx != ty) {
            return Byte.compare(tx, ty);
        }
        return switch (tx) {
            case NULL, MISSING -> 0;
            case STRING -> ((String) x).compareTo((String) y);
            case INTEGER -> Integer.compare((Integer) x, (Integer) y);
            case LONG -> Long.compare((Long) x, (Long) y);
            case DOUBLE -> Double.compare((Double) x, (Double) y);
            case BOOLEAN -> Boolean.compare((Boolean) x, (Boolean) y);
            default -> {
                int byClass = x.getClass().getName().compareTo(y.getClass().getName());
                yield byClass != 0 ? byClass : Arrays.compareUnsigned(bson(x), bson(y));
            }
        };
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            byte tag = tagOf(value);
            buffer.put(tag);
            switch (tag) {
                case STRING -> {
                    String text = (String) value;
                    buffer.putVarInt(text.length()).putStringData(text, text.length());
                }
                case INTEGER -> buffer.putInt((Integer) value);
                case LONG -> buffer.putLong((Long) value);
                case DOUBLE -> buffer.putDouble((Double) value);
                case BOOLEAN -> buffer.put((byte) ((Boolean) value ? 1 : 0));
                case OTHER -> buffer.put(bson(value)); // carries its own length
                default -> { } // null, missing: the tag says it all
            }
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int fields = DataUtils.readVarInt(buffer);
        Object[] values = new Object[fields];
        for (int i = 0; i < fields; i++) {
            byte tag = buffer.get();
            values[i] = switch (tag) {
                case NULL -> null;
                case MISSING -> Missing.getInstance();
                case STRING -> DataUtils.readString(buffer);
                case INTEGER -> buffer.getInt();
                case LONG -> buffer.getLong();
                case DOUBLE -> buffer.getDouble();
                case BOOLEAN -> buffer.get() != 0;
                case OTHER -> readBson(buffer);
                default -> throw new IllegalStateException("unknown index key tag " + tag);
            };
        }
        return new KeyValue(values);
    }

    @Override
    public int getMemory(KeyValue key) {
        int size = 48;
        for (Object value : key) {
            size += 16 + (value instanceof String text ? 40 + text.length()
                    : value instanceof Map<?, ?> || value instanceof Collection<?> ? 256 : 24);
        }
        return size;
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    private static byte tagOf(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof Missing) {
            return MISSING;
        }
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Integer) {
            return INTEGER;
        }
        if (value instanceof Long) {
            return LONG;
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        return OTHER;
    }

    /** Any other value (a date, an object id, a document, a list…) as the BSON document {@code {v: value}}. */
    private static byte[] bson(Object value) {
        ByteBuf encoded = Unpooled.buffer(64);
        BsonEncoder.encodeDocument(new Document(VALUE, value), encoded);
        byte[] bytes = new byte[encoded.readableBytes()];
        encoded.readBytes(bytes);
        return bytes;
    }

    private static Object readBson(ByteBuffer buffer) {
        int start = buffer.position();
        int length = Integer.reverseBytes(buffer.getInt(start)); // BSON's own length, little-endian, itself included
        buffer.position(start + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(start, length))).get(VALUE);
    }
}
