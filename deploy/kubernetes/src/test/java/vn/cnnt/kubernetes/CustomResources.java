package vn.cnnt.kubernetes;

import java.util.Map;

/**
 * The operators' kinds, which fabric8 does not model, are {@code GenericKubernetesResource}s: plain maps below
 * {@code spec}. Their fields are checked against the operators' CRDs by {@link Schemas}; this reads them.
 */
final class CustomResources {

    private CustomResources() {}

    /** The value at a dotted path (".kafka") below node, or null. */
    static Object at(Object node, String dottedPath) {
        Object current = node;
        for (String key : dottedPath.split("\\.")) {
            if (key.isEmpty()) {
                continue;
            }
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }
}
