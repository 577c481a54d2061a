package vn.cnnt.ocop.producer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An OCOP producer (chủ thể OCOP), kept in the province valid on its registration date. */
@Entity
@Table(name = "ocop_producer")
public class Producer {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public ProducerKind kind;

    @Column(name = "tax_code")
    public String taxCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    @Column(name = "search_text")
    public String searchText;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
