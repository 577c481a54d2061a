package vn.cnnt.kit.idempotency;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Marks the parameter of an {@link Idempotent} method that carries the caller's Idempotency-Key header. */
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface IdempotencyKey {

    /** The HTTP header a resource reads the key from. */
    String HEADER = "Idempotency-Key";
}
