package vn.cnnt.kit.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results, whose Java types differ between drivers and Hibernate versions. */
public final class SqlValues {

    private SqlValues() {}

    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> Instant.parse(value.toString());
        };
    }
}
