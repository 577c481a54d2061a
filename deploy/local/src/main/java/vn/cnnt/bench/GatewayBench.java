package vn.cnnt.bench;

import java.nio.file.Path;
import java.time.Duration;

/** The same GET directly on a service and through the gateway, so the gateway's overhead is a ratio. */
public final class GatewayBench {

    private GatewayBench() {}

    public static void main(String[] args) throws Exception {
        Stack stack = Stack.read(Path.of(System.getProperty("cnnt.repository.root", ".")));
        String token = stack.token("caobang-officer");
        String path = args.length > 0 ? args[0] : "/api/v1/plans?pageSize=10";
        Duration warmUp = Duration.ofSeconds(5);
        Duration measure = Duration.ofSeconds(15);
        System.out.println("GET " + path + " — direct on plans-service vs through the gateway");
        for (int clients : new int[] {1, 16, 64}) {
            Load.Result direct = Load.run(
                    "direct  " + stack.service("plans-service"),
                    clients,
                    warmUp,
                    measure,
                    (c, i) -> Stack.get(stack.service("plans-service") + path, token));
            Load.Result routed = Load.run(
                    "gateway " + stack.gateway(),
                    clients,
                    warmUp,
                    measure,
                    (c, i) -> Stack.get(stack.gateway() + path, token));
            direct.print();
            routed.print();
            System.out.printf(
                    "  gateway/direct throughput %.2f, p50 %+.2f ms, p99 %+.2f ms%n%n",
                    routed.perSecond() / direct.perSecond(), routed.p50() - direct.p50(), routed.p99() - direct.p99());
        }
    }
}
