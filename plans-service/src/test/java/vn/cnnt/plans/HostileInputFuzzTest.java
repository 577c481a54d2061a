package vn.cnnt.plans;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.kit.testing.fuzz.OpenApiFuzz;

/**
 * Requests generated from this service's OpenAPI document, each with one hostile change: no 5xx, no error that is not
 * a problem with its request id, no money figure read back changed. Province 11 (Điện Biên) is used by no other test.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class HostileInputFuzzTest {

    private static final String PROVINCE = "11";

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldAnswerEveryGeneratedRequestWithAProblemOrSuccessAndKeepFigures() throws Exception {
        OpenApiFuzz.checkEveryBuild(
                base, PROVINCE, List.of(Tokens.officer(PROVINCE), Tokens.approver(PROVINCE), Tokens.viewer(PROVINCE)));
    }
}
