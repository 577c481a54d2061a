package vn.cnnt.funding.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment on a project: an advance (tạm ứng) or a payment (thanh toán), with its voucher. */
@Entity
@Table(name = "disbursement")
public class Disbursement {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    public String kind;

    @Column(name = "amount_vnd")
    public long amountVnd;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    public String voucher;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
