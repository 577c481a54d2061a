package vn.cnnt.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.cnnt.kit.tokens.JwtMinter;

/**
 * Mints a bearer token trusted by the running local stack:
 * {@code mint-token --role approver [--role officer] [--province 75] [--user name] [--hours 8]}.
 */
public final class MintToken {

    private MintToken() {}

    public static void main(String[] args) throws Exception {
        List<String> roles = new ArrayList<>();
        String province = null;
        String user = null;
        long hours = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> roles.add(args[++i]);
                case "--province" -> province = args[++i];
                case "--user" -> user = args[++i];
                case "--hours" -> hours = Long.parseLong(args[++i]);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (roles.isEmpty()) {
            usage("at least one --role (viewer, officer, approver, ministry, admin)");
        }
        Path keys = Path.of(System.getProperty("cnnt.repository.root", ".")).resolve("deploy/local/target/keys");
        if (!Files.exists(keys.resolve("private.pem"))) {
            usage("no running stack: start it with ./stack first");
        }
        JwtMinter minter = JwtMinter.fromPem(
                Files.readString(keys.resolve("private.pem")), Files.readString(keys.resolve("public.pem")));
        String name = user != null ? user : String.join("-", roles) + (province == null ? "" : "-" + province);
        System.out.println(minter.token(name, province, Duration.ofHours(hours), roles.toArray(String[]::new)));
    }

    private static void usage(String problem) {
        System.err.println("mint-token: " + problem);
        System.err.println(
                "usage: deploy/local/mint-token --role <role> [--role <role>…] [--province <2-digit code>] [--user <name>] [--hours <n>]");
        System.exit(2);
    }
}
