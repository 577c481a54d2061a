package vn.cnnt.kit.idempotency;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A transactional service method whose effect happens once per Idempotency-Key: the parameter marked
 * {@link IdempotencyKey} carries the key (null: no key, the method simply runs). A retry with the same key and
 * the same other arguments returns the first result (the resource builds the same answer from it); the same key
 * with other arguments is a 422 {@code idempotency-key-reused}. See {@link IdempotentInterceptor}.
 */
@InterceptorBinding
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface Idempotent {

    /** The operation's name, part of what a key is bound to (e.g. {@code "admit-tenant"}). */
    @Nonbinding
    String value() default "";
}
