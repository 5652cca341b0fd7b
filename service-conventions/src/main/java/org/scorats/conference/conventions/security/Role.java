package org.scorats.conference.conventions.security;

/** The platform's realm roles, as Keycloak puts them in {@code realm_access.roles}. */
public final class Role {

    public static final String ADMIN = "admin";
    public static final String ORGANIZER = "organizer";
    public static final String PARTNER = "partner";
    public static final String DELEGATE = "delegate";
    /** Door staff and their scanning devices (a service account per device): check-in only. */
    public static final String DOOR = "door";

    private Role() {
    }
}
