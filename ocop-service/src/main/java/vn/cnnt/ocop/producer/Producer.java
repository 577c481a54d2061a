package vn.cnnt.ocop.producer;

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

    public String taxCode;

    public String provinceCode;

    public String currentProvinceCode;

    public String communeCode;

    public LocalDate registeredOn;

    public String searchText;

    public Instant createdAt;

    @Version
    public long version;
}
