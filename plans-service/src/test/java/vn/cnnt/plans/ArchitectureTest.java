package vn.cnnt.plans;

import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void shouldKeepTheSuitesArchitectureRules() {
        ArchitectureRules.check("vn.cnnt.plans");
    }
}
