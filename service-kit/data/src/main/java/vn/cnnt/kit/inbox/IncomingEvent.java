package vn.cnnt.kit.inbox;

import java.time.Instant;

/** The CloudEvents attributes of a consumed event, with its data already read into the handler's record. */
public record IncomingEvent<T>(
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        long aggregateVersion,
        String requestId,
        T data) {}
