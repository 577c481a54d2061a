package vn.cnnt.kit.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The event types a consumer understands, each with the record its data is read into (a tolerant reader:
 * unknown properties are ignored) and the effect to apply. Any other type is skipped and counted (a producer may
 * ship a new type before its consumers know it).
 */
public final class EventHandlers {

    record Handler<T>(Class<T> dataType, Predicate<? super T> concerns, Consumer<IncomingEvent<T>> effect) {

        @SuppressWarnings("unchecked")
        boolean concerns(Object data) {
            return concerns.test((T) data);
        }
    }

    private final Map<String, Handler<?>> byType = new HashMap<>();

    public <T> EventHandlers on(String type, Class<T> dataType, Consumer<IncomingEvent<T>> effect) {
        return on(type, dataType, data -> true, effect);
    }

    /**
     * A type of which only some events concern this consumer. The others are counted ({@code not-concerned}) and
     * passed by before any transaction, with no inbox row: an event without an effect needs no guard against its
     * second delivery. A topic's every event reaches every consumer, so this is most of what a consumer reads.
     */
    public <T> EventHandlers on(
            String type, Class<T> dataType, Predicate<? super T> concerns, Consumer<IncomingEvent<T>> effect) {
        byType.put(type, new Handler<>(dataType, concerns, effect));
        return this;
    }

    /** Types this consumer knows and deliberately does not act on (recorded as seen in the inbox). */
    public EventHandlers ignore(String... types) {
        for (String type : types) {
            byType.put(type, new Handler<>(com.fasterxml.jackson.databind.JsonNode.class, data -> true, e -> {}));
        }
        return this;
    }

    Handler<?> handlerFor(String type) {
        return byType.get(type);
    }
}
