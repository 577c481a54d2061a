package vn.cnnt.ocop.criteria.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cnnt.ocop.criteria.Category;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {

    public List<Category> allByCode() {
        return list("order by code");
    }
}
