package vn.cnnt.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and on which ports the local stack runs. Defaults suit one developer machine; every value can
 * be overridden by an environment variable, and external PostgreSQL or Kafka replace the embedded ones.
 */
record StackConfig(
        Path repositoryRoot,
        Path dataDir,
        Path runDir,
        boolean fresh,
        int gatewayPort,
        int firstServicePort,
        int postgresPort,
        int kafkaPort,
        String externalPostgresUrl,
        String externalPostgresUser,
        String externalPostgresPassword,
        String externalKafka,
        boolean aotCache) {

    static StackConfig from(Path repositoryRoot, Map<String, String> env, boolean fresh) {
        Path local = repositoryRoot.resolve("deploy/local");
        return new StackConfig(
                repositoryRoot,
                Path.of(env.getOrDefault("CNNT_DATA_DIR", local.resolve("data").toString()))
                        .toAbsolutePath(),
                local.resolve("target"),
                fresh,
                port(env, "CNNT_GATEWAY_PORT", 8080),
                port(env, "CNNT_FIRST_SERVICE_PORT", 8081),
                port(env, "CNNT_POSTGRES_PORT", 15432),
                port(env, "CNNT_KAFKA_PORT", 19092),
                env.get("CNNT_POSTGRES_URL"),
                env.getOrDefault("CNNT_POSTGRES_USER", "postgres"),
                env.getOrDefault("CNNT_POSTGRES_PASSWORD", "postgres"),
                env.get("CNNT_KAFKA_BOOTSTRAP"),
                !"false".equalsIgnoreCase(env.getOrDefault("CNNT_AOT_CACHE", "true")));
    }

    StackConfig withPorts(int gateway, int firstService, int postgres, int kafka) {
        return new StackConfig(
                repositoryRoot,
                dataDir,
                runDir,
                fresh,
                gateway,
                firstService,
                postgres,
                kafka,
                externalPostgresUrl,
                externalPostgresUser,
                externalPostgresPassword,
                externalKafka,
                aotCache);
    }

    StackConfig withDirs(Path data, Path run) {
        return new StackConfig(
                repositoryRoot,
                data,
                run,
                fresh,
                gatewayPort,
                firstServicePort,
                postgresPort,
                kafkaPort,
                externalPostgresUrl,
                externalPostgresUser,
                externalPostgresPassword,
                externalKafka,
                aotCache);
    }

    /** Without AOT caches: the end-to-end tests start once in a fresh directory, where a cache would never be used. */
    StackConfig withoutAotCache() {
        return new StackConfig(
                repositoryRoot,
                dataDir,
                runDir,
                fresh,
                gatewayPort,
                firstServicePort,
                postgresPort,
                kafkaPort,
                externalPostgresUrl,
                externalPostgresUser,
                externalPostgresPassword,
                externalKafka,
                false);
    }

    /**
     * The services' AOT caches: in the data directory, which {@code --fresh} empties except for this directory (a cache
     * belongs to a build, not to the data; a rebuilt service trains a new one anyway).
     */
    Path aotDir() {
        return dataDir.resolve("aot");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
