package vn.cnnt.kit.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The event types a consumer understands, each with the record its data is read into (a tolerant reader:
 * unknown properties are ignored) and the effect to apply. Any other type is skipped and counted (a producer may
 * ship a new type before its consumers know it).
 */
public final class EventHandlers {

    record Handler<T>(Class<T> dataType, Consumer<IncomingEvent<T>> effect) {}

    private final Map<String, Handler<?>> byType = new HashMap<>();

    public <T> EventHandlers on(String type, Class<T> dataType, Consumer<IncomingEvent<T>> effect) {
        byType.put(type, new Handler<>(dataType, effect));
        return this;
    }

    /** Types this consumer knows and deliberately does not act on (recorded as seen in the inbox). */
    public EventHandlers ignore(String... types) {
        for (String type : types) {
            byType.put(type, new Handler<>(com.fasterxml.jackson.databind.JsonNode.class, e -> {}));
        }
        return this;
    }

    Handler<?> handlerFor(String type) {
        return byType.get(type);
    }
}
