package tr.bel.izmir.bizizmir.security;

import java.util.List;

/**
 * The roles of docs/product.md. The same names are Keycloak realm roles, Spring authorities
 * ({@code ROLE_} + name) and Camunda candidate groups.
 */
public final class AppRoles {

    public static final String CITIZEN = "citizen";
    public static final String RESIDENT = "resident";
    public static final String CIVIC_GROUP = "civic-group";
    public static final String ASSEMBLY_MEMBER = "assembly-member";
    public static final String ASSEMBLY_CHAIR = "assembly-chair";
    public static final String OFFICER = "officer";
    public static final String SUPERVISOR = "supervisor";
    public static final String PARK_MANAGER = "park-manager";
    public static final String MODERATOR = "moderator";
    public static final String PROCESS_OWNER = "process-owner";
    /** Programme coordinators: set up and run the PB cycles (DD017). */
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";

    /** Every role; a signed-in person holds at least one of them. */
    public static final List<String> ALL = List.of(CITIZEN, RESIDENT, CIVIC_GROUP, ASSEMBLY_MEMBER,
            ASSEMBLY_CHAIR, OFFICER, SUPERVISOR, PARK_MANAGER, MODERATOR, PROCESS_OWNER, COORDINATOR, ADMIN);

    /** Roles that work through the staff inbox. */
    public static final List<String> STAFF = List.of(ASSEMBLY_MEMBER, ASSEMBLY_CHAIR, OFFICER, SUPERVISOR,
            PARK_MANAGER, MODERATOR, PROCESS_OWNER, ADMIN);

    /**
     * Department groups: Camunda candidate groups for officers. {@code dept-participation} is the
     * participation desk that screens proposals, checks membership applications and publishes
     * consultation responses; other departments see only the work routed to them.
     */
    public static final List<String> DEPARTMENTS = List.of("dept-participation", "dept-parks", "dept-works", "dept-culture",
            "dept-environment", "dept-budget", "dept-transport", "dept-social");

    public static final String ROLE_PREFIX = "ROLE_";
    public static final String GROUP_PREFIX = "GROUP_";

    private AppRoles() {
    }

    /** Keycloak and the local configuration may name things slightly differently. */
    public static String normalise(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        return n.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
