package vn.cnnt.kit.security;

/** The roles of the {@code groups} claim (DESIGN.md §5). */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String OFFICER = "officer";
    public static final String APPROVER = "approver";
    public static final String MINISTRY = "ministry";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
