package vn.cnnt.plans.plan;

import java.math.BigDecimal;

/**
 * A measurable target of a task (chỉ tiêu): e.g. 20 "sản phẩm OCOP đạt 3 sao" in 2024. An OCOP target says how it
 * is counted from certificates (minimum stars, new or cumulative); without that it is not counted.
 */
public record Target(String indicator, String unit, BigDecimal targetValue, Integer year, OcopMeasure ocop) {

    /** Products certified with at least {@code minStars} (3, 4 or 5), new in the year or cumulative up to it. */
    public record OcopMeasure(int minStars, OcopCount count) {}
}
