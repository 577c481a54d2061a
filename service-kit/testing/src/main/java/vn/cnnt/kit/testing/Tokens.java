package vn.cnnt.kit.testing;

/** Bearer tokens for tests, trusted by applications started with {@link RealInfrastructure}. */
public final class Tokens {

    private Tokens() {}

    public static String officer(String province) {
        return RealInfrastructure.minter().token("officer-" + province, province, "officer", "viewer");
    }

    public static String approver(String province) {
        return RealInfrastructure.minter().token("approver-" + province, province, "approver", "officer", "viewer");
    }

    public static String viewer(String province) {
        return RealInfrastructure.minter().token("viewer-" + province, province, "viewer");
    }

    public static String ministry() {
        return RealInfrastructure.minter().token("ministry", null, "ministry", "approver", "officer", "viewer");
    }

    public static String admin() {
        return RealInfrastructure.minter().token("admin", null, "admin", "ministry", "approver", "officer", "viewer");
    }

    public static String of(String user, String province, String... roles) {
        return RealInfrastructure.minter().token(user, province, roles);
    }
}
