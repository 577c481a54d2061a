package vn.cnnt.kit.time;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates in this suite are Vietnamese dates: a decision signed on the morning of the 24th in Hà Nội is dated the
 * 24th even where the server's clock still says the 23rd in UTC.
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
