package vn.cnnt.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The JSON a read answered for each record, kept with the version it was rendered from, so that reading an unchanged
 * record again sends the same bytes instead of loading and serialising the record anew.
 *
 * <p>The database stays the authority: the caller first reads the record's current version (and whatever its access
 * rules need) and asks for that version; an answer kept for any other version is never sent. That holds with any
 * number of replicas, provided that every change to what the answer shows raises the record's version, its ETag: the
 * services' writes do, through optimistic locking. Bounded by the bytes kept, least recently used out first; a bound of
 * 0 keeps nothing.
 */
public final class RenderedVersions<K> {

    /** A record's JSON answer as rendered from {@code version}. */
    public record Rendered(long version, byte[] json) {}

    /** What an entry costs beyond its JSON: the entry, its key and the array's header. */
    private static final int ENTRY_BYTES = 96;

    private final ObjectMapper json;
    private final Cache<K, Rendered> kept;

    public RenderedVersions(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((K key, Rendered r) -> ENTRY_BYTES + r.json().length)
                .executor(Runnable::run) // evictions on the caller's thread, not in the common pool
                .build();
    }

    /**
     * The record's answer for {@code currentVersion}, the version just read from the database: as kept, or rendered from
     * {@code read} and kept under the version of what {@code read} returned (newer when the record changed in the
     * meantime; it is sent all the same, as a read without this cache would have).
     */
    public <T> Rendered answer(K key, long currentVersion, Supplier<T> read, ToLongFunction<T> versionOf) {
        Rendered found = kept.getIfPresent(key);
        if (found != null && found.version() == currentVersion) {
            return found;
        }
        T answer = read.get();
        Rendered rendered = new Rendered(versionOf.applyAsLong(answer), render(answer));
        kept.asMap().merge(key, rendered, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        return rendered;
    }

    private byte[] render(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
