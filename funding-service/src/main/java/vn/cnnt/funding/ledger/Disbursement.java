package vn.cnnt.funding.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment on a project: an advance (tạm ứng) or a payment (thanh toán), with its voucher. */
@Entity
public class Disbursement {

    @Id
    public UUID id;

    public UUID projectId;

    public String kind;

    public long amountVnd;

    public LocalDate paidOn;

    public String voucher;

    public Instant createdAt;

    public String createdBy;
}
