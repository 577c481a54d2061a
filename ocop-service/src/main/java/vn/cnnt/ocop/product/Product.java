package vn.cnnt.ocop.product;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.cnnt.ocop.CertificateStatus;
import vn.cnnt.ocop.producer.Producer;

/**
 * An OCOP product. It carries the stars and status of its latest certificate, so lists filter without a join and
 * its version orders every certification event of the product.
 */
@Entity
@Table(name = "ocop_product")
public class Product {

    @Id
    public UUID id;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    public Producer producer;

    public String categoryCode;

    public String provinceCode;

    public String currentProvinceCode;

    public String communeCode;

    public LocalDate registeredOn;

    public String description;
    public Integer stars;

    @Enumerated(EnumType.STRING)
    public CertificateStatus certificateStatus;

    public LocalDate certificateValidUntil;

    public String searchText;

    public Instant createdAt;

    @Version
    public long version;
}
