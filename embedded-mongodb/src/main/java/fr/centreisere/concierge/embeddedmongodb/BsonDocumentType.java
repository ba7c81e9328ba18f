package fr.centreisere.concierge.embeddedmongodb;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * A collection's documents stored as BSON, the bytes MongoDB and its wire protocol use, instead of
 * MVStore's default: Java serialisation of each document, with its class descriptors, again at every
 * commit for every document of every page the commit touches. In the issue 15 profiles that
 * serialisation was about 30 % of the store's CPU on placing an order and on « Mes commandes »; BSON is
 * what the library already encodes and decodes for every answer and request, so it keeps every type the
 * store can hold.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(document, bson);
        buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int start = buffer.position();
        int length = Integer.reverseBytes(buffer.getInt(start)); // BSON's own length, little-endian, itself included
        buffer.position(start + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(start, length)));
    }

    /** MVStore's cache counts pages by this estimate: the document's size in memory, walked, never encoded. */
    @Override
    public int getMemory(Document document) {
        return (int) Math.min(Integer.MAX_VALUE, estimate(document));
    }

    private static long estimate(Object value) {
        if (value instanceof Map<?, ?> map) {
            long size = 48;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 32 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> items) {
            long size = 40;
            for (Object item : items) {
                size += 8 + estimate(item);
            }
            return size;
        }
        if (value instanceof CharSequence text) {
            return 40 + text.length();
        }
        return 24;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
