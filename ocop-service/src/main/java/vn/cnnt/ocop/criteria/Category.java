package vn.cnnt.ocop.criteria;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 26 criteria-set categories (bộ sản phẩm): sector (ngành) → group (nhóm) → set. Reference data. */
@Entity
@Table(name = "ocop_category")
public class Category {

    @Id
    public String code;

    public String sectorCode;

    public String sectorName;

    public String groupName;

    public String setName;

    public String leadMinistries;
}
