package vn.cnnt.cluster;

import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.LayerRules;

class LayerRulesTest {

    @Test
    void shouldKeepRestServiceRepositoryLayering() {
        LayerRules.check("vn.cnnt.cluster");
    }
}
