package vn.cnnt.cluster.industrialcluster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.cnnt.cluster.industrialcluster.ClusterRuleSet;

@ApplicationScoped
public class RuleSetRepository implements PanacheRepositoryBase<ClusterRuleSet, String> {

    /** The rule set in force on a decision's date; the migrations cover every date from 1900 on. */
    public ClusterRuleSet inForceOn(LocalDate decisionDate) {
        return find(
                        "effectiveFrom <= ?1 and (effectiveTo is null or effectiveTo >= ?1) order by effectiveFrom desc",
                        decisionDate)
                .firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("No cluster rule set covers " + decisionDate));
    }

    public List<ClusterRuleSet> all() {
        return list("order by effectiveFrom");
    }
}
