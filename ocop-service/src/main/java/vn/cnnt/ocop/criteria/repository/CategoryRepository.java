package vn.cnnt.ocop.criteria.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.ocop.OcopProblems;
import vn.cnnt.ocop.criteria.Category;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {

    public List<Category> allByCode() {
        return list("order by code");
    }

    /** The category of a request's {@code categoryCode}; one problem for every request that names an unknown one. */
    public Category require(String code) {
        return findByIdOptional(code)
                .orElseThrow(() -> new ProblemException(
                        OcopProblems.UNKNOWN_CATEGORY,
                        "No OCOP category " + code,
                        List.of(new FieldError("categoryCode", "is not one of the 26 category codes (01–26)"))));
    }
}
