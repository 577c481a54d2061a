package vn.cnnt.ocop;

import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.LayerRules;

class ArchitectureTest {

    @Test
    void shouldKeepRestServiceRepositoryLayers() {
        LayerRules.check("vn.cnnt.ocop");
    }
}
