package vn.cnnt.ocop.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 26 criteria-set categories (bộ sản phẩm): sector (ngành) → group (nhóm) → set. Reference data. */
@Entity
@Table(name = "ocop_category")
public class Category {

    @Id
    public String code;

    @Column(name = "sector_code")
    public String sectorCode;

    @Column(name = "sector_name")
    public String sectorName;

    @Column(name = "group_name")
    public String groupName;

    @Column(name = "set_name")
    public String setName;

    @Column(name = "lead_ministries")
    public String leadMinistries;
}
