package vn.cnnt.cluster.industrialcluster.service;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Optional;

/**
 * Periods of Thông tư 14/2024/TT-BCT, Art. 3: data from 15 December of the previous year to 14 June (half-year) or
 * 14 December (annual), reported before 20 June or 20 December.
 */
enum ReportPeriod {
    HALF_YEAR("half-year", MonthDay.of(6, 14), MonthDay.of(6, 20)),
    ANNUAL("annual", MonthDay.of(12, 14), MonthDay.of(12, 20));

    private static final MonthDay PERIOD_START = MonthDay.of(12, 15);

    private final String path;
    private final MonthDay cutoff;
    private final MonthDay due;

    ReportPeriod(String path, MonthDay cutoff, MonthDay due) {
        this.path = path;
        this.cutoff = cutoff;
        this.due = due;
    }

    static Optional<ReportPeriod> of(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst();
    }

    String path() {
        return path;
    }

    LocalDate dataFrom(int year) {
        return PERIOD_START.atYear(year - 1);
    }

    LocalDate dataTo(int year) {
        return cutoff.atYear(year);
    }

    LocalDate dueBefore(int year) {
        return due.atYear(year);
    }
}
