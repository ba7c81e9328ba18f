package fr.centreisere.concierge.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The commands a MongoDB driver sent, for tests that assert how the code reads and writes the store (by id, never
 * the whole collection; so many writes per order). Add it to the driver's settings: in a Spring test, a
 * {@code MongoClientSettingsBuilderCustomizer} bean {@code settings -> settings.addCommandListener(recorded)}.
 *
 * <p>Each command is kept as a copy (the driver's document is valid only during the call) with its name under
 * {@code $commandName}.
 */
public final class RecordedCommands implements CommandListener {

    private static final String NAME = "$commandName";

    private final List<BsonDocument> commands = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        commands.add(BsonDocument.parse(event.getCommand().toJson()).append(NAME, new BsonString(event.getCommandName())));
    }

    /** Forgets what was recorded: what follows is what the next step sends. */
    public void clear() {
        commands.clear();
    }

    /** Every command recorded since the last {@link #clear()}, in the order sent. */
    public List<BsonDocument> all() {
        return List.copyOf(commands);
    }

    /** The command's name ({@code find}, {@code update}, {@code getMore}…). */
    public static String nameOf(BsonDocument command) {
        return command.getString(NAME).getValue();
    }

    /** The collection a command is about, or {@code null} for one that names none ({@code getMore}, {@code ping}…). */
    public static String collectionOf(BsonDocument command) {
        BsonValue target = command.get(nameOf(command));
        return target != null && target.isString() ? target.asString().getValue() : null;
    }

    /** The commands sent about {@code collection}. */
    public List<BsonDocument> on(String collection) {
        return commands.stream().filter(command -> collection.equals(collectionOf(command))).toList();
    }

    /** The names of the commands sent about {@code collection}, in the order sent. */
    public List<String> namesOn(String collection) {
        return on(collection).stream().map(RecordedCommands::nameOf).toList();
    }

    /**
     * The filters of the commands named {@code command} about {@code collection}: one per statement of an
     * {@code update} or {@code delete} (its {@code q}), else one per command (its {@code filter} or {@code query},
     * an empty document when it has none, as an {@code aggregate}).
     */
    public List<BsonDocument> filters(String command, String collection) {
        List<BsonDocument> filters = new ArrayList<>();
        for (BsonDocument body : on(collection)) {
            if (!nameOf(body).equals(command)) {
                continue;
            }
            String statements = command.equals("update") ? "updates" : command.equals("delete") ? "deletes" : null;
            if (statements != null && body.containsKey(statements)) {
                body.getArray(statements).forEach(statement -> filters.add(statement.asDocument().getDocument("q")));
            } else {
                filters.add(body.getDocument("filter", body.getDocument("query", new BsonDocument())));
            }
        }
        return filters;
    }

    /** The filters of every read and write about {@code collection} (finds, counts, updates, deletes). */
    public List<BsonDocument> filtersOn(String collection) {
        List<BsonDocument> filters = new ArrayList<>();
        for (String command : List.of("find", "count", "update", "delete", "findAndModify")) {
            filters.addAll(filters(command, collection));
        }
        return filters;
    }

    /** How many documents' writes were sent about {@code collection}: each statement of a command counts. */
    public long writesOn(String collection) {
        long writes = 0;
        for (BsonDocument body : on(collection)) {
            switch (nameOf(body)) {
                case "insert" -> writes += body.containsKey("documents") ? body.getArray("documents").size() : 1;
                case "update" -> writes += body.containsKey("updates") ? body.getArray("updates").size() : 1;
                case "delete" -> writes += body.containsKey("deletes") ? body.getArray("deletes").size() : 1;
                case "findAndModify" -> writes++;
                default -> { }
            }
        }
        return writes;
    }
}
