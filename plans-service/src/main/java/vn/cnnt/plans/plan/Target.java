package vn.cnnt.plans.plan;

import java.math.BigDecimal;

/** A measurable target of a task (chỉ tiêu): e.g. 20 "sản phẩm OCOP đạt 3 sao" in 2024. */
public record Target(String indicator, String unit, BigDecimal targetValue, Integer year) {}
