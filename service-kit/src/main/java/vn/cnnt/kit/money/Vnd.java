package vn.cnnt.kit.money;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A money figure in integer đồng, from 0 to {@link #MAX}. No figure in this domain comes near 10^15 đồng
 * (a province's whole khuyến công year is a few 10^11); the bound keeps sums of many figures far from
 * {@code Long.MAX_VALUE}, so nothing wraps silently.
 */
@Documented
@Constraint(validatedBy = {})
@Min(0)
@Max(Vnd.MAX)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Vnd {

    /** 10^15 đồng. */
    long MAX = 1_000_000_000_000_000L;

    String message() default "must be a whole number of đồng from 0 to 1000000000000000";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
