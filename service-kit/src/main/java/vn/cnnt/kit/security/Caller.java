package vn.cnnt.kit.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;

/**
 * Who is calling, from the validated bearer token: roles in {@code groups}, the current 2-digit code of
 * their province in {@code province} (absent for ministry users). Province scoping is decided here and
 * only here, always against the record's <em>current</em> province code.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken jwt;
    /** Read once per request (every province rule asks for it). */
    private Optional<String> province;

    Caller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String id() {
        String name = jwt.getName();
        return name == null ? "anonymous" : name;
    }

    public boolean hasRole(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(this::hasRole);
    }

    public Optional<String> province() {
        if (province == null) {
            String claim = jwt.getClaim("province");
            province = claim == null || claim.isBlank() ? Optional.empty() : Optional.of(claim);
        }
        return province;
    }

    /** Ministry users and administrators without a province see every province. */
    public boolean isNational() {
        return province().isEmpty() && hasAnyRole(Roles.MINISTRY, Roles.ADMIN);
    }

    public boolean canSee(String currentProvinceCode) {
        return isNational()
                || province().map(p -> p.equals(currentProvinceCode)).orElse(false);
    }

    /** 404 rather than 403 for another province's record: its existence is not the caller's business. */
    public void requireVisible(String currentProvinceCode, String what, Object id) {
        if (!canSee(currentProvinceCode)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /**
     * A write for a province the caller named: 403 {@code province-not-yours} unless they hold it today
     * ({@code currentProvinceCode} is the unit that holds {@code asWritten} now). The one answer of every service.
     */
    public void requireWritable(String currentProvinceCode, String asWritten) {
        if (!canSee(currentProvinceCode)) {
            throw new ProblemException(
                    ProblemType.PROVINCE_NOT_YOURS,
                    "Province " + asWritten + " (held today by " + currentProvinceCode
                            + ") is not yours; you may only write records of "
                            + province().orElse("no province"));
        }
    }

    public void requireRole(String action, String... roles) {
        if (!hasAnyRole(roles)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, action + " requires the role " + String.join(" or ", roles));
        }
    }

    /**
     * The province a list is restricted to: the caller's own for provincial users, the requested one
     * (or none) for national users. A provincial user asking for another province gets an empty scope.
     */
    public ProvinceScope listScope(String requestedCurrentCode) {
        if (isNational()) {
            return requestedCurrentCode == null ? ProvinceScope.all() : ProvinceScope.only(requestedCurrentCode);
        }
        String own = province().orElse(null);
        if (own == null || (requestedCurrentCode != null && !requestedCurrentCode.equals(own))) {
            return ProvinceScope.nothing();
        }
        return ProvinceScope.only(own);
    }

    /**
     * The province an aggregate (a summary, statistics, a report) covers: as {@link #listScope}, except that a
     * provincial caller naming another province gets 404, as for a by-id read of one of its records, rather than
     * zeros that would read as "that province has nothing". The one rule of every service.
     */
    public ProvinceScope aggregateScope(String requestedCurrentCode) {
        ProvinceScope scope = listScope(requestedCurrentCode);
        if (scope.isEmpty()) {
            throw new ProblemException(
                    ProblemType.NOT_FOUND,
                    "The figures of province " + requestedCurrentCode + " do not exist or are not visible to you");
        }
        return scope;
    }
}
