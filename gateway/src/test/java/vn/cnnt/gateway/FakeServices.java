package vn.cnnt.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

/** The four stand-in services on the ports {@link GatewayTestResource} reserved; started on first use. */
public final class FakeServices {

    private static final Map<String, FakeService> SERVICES = new LinkedHashMap<>();

    private FakeServices() {}

    public static FakeService plans() {
        return get("plans");
    }

    public static FakeService funding() {
        return get("funding");
    }

    public static FakeService ocop() {
        return get("ocop");
    }

    public static FakeService cluster() {
        return get("cluster");
    }

    /** Every service running again with its default behaviour, counters cleared. */
    public static synchronized void resetAll() {
        GatewayTestResource.SERVICES.forEach(name -> {
            FakeService service = get(name);
            service.reset();
            service.start();
            service.takeReceived();
        });
    }

    static synchronized FakeService get(String name) {
        return SERVICES.computeIfAbsent(name, n -> new FakeService(n, GatewayTestResource.port(n)).start());
    }
}
