package vn.cnnt.kit.security;

import java.util.Set;

/** The roles of the {@code groups} claim (DESIGN.md §5). */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String OFFICER = "officer";
    public static final String APPROVER = "approver";
    public static final String MINISTRY = "ministry";
    public static final String ADMIN = "admin";
    /** Every role above: a token with none of them is not one of the suite's. */
    public static final Set<String> ALL = Set.of(VIEWER, OFFICER, APPROVER, MINISTRY, ADMIN);

    private Roles() {}
}
