package vn.cnnt.plans;

import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.LayerRules;

class ArchitectureTest {

    @Test
    void shouldKeepRestServiceAndRepositoryLayersInOrder() {
        LayerRules.check("vn.cnnt.plans");
    }
}
