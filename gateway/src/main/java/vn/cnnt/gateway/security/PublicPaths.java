package vn.cnnt.gateway.security;

import java.util.List;
import java.util.regex.Pattern;

/** The configured public path patterns, compiled once. */
final class PublicPaths {

    private record Rule(String method, Pattern path) {}

    private final List<Rule> rules;

    PublicPaths(List<String> patterns) {
        this.rules = patterns.stream().map(String::trim).map(PublicPaths::rule).toList();
    }

    boolean matches(String method, String path) {
        return rules.stream()
                .anyMatch(r -> (r.method() == null || r.method().equalsIgnoreCase(method))
                        && r.path().matcher(path).matches());
    }

    private static Rule rule(String pattern) {
        String[] parts = pattern.split("\\s+", 2);
        String method = parts.length == 2 ? parts[0] : null;
        String glob = parts[parts.length - 1];
        if (!glob.startsWith("/api/")) {
            throw new IllegalArgumentException("gateway.auth.public-paths: '" + pattern + "' is not under /api/");
        }
        StringBuilder regex = new StringBuilder();
        String rest = glob.endsWith("/**") ? glob.substring(0, glob.length() - 3) : glob;
        for (String segment : rest.substring(1).split("/")) {
            regex.append('/').append(segment.equals("*") ? "[^/]+" : Pattern.quote(segment));
        }
        if (rest != glob) {
            regex.append("(/.*)?");
        }
        return new Rule(method, Pattern.compile(regex.toString()));
    }
}
