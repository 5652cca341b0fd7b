package org.scorats.conference.conventions.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling, in the platform's terms: the token's subject, its roles, and for partners the
 * organization their token names (claim {@code organization}).
 */
@RequestScoped
public class Caller {

    public static final String ORGANIZATION_CLAIM = "organization";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** No token: a public endpoint's caller. */
    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** Admins may do everything organizers may. */
    public boolean isOrganizer() {
        return identity.hasRole(Role.ORGANIZER) || isAdmin();
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN);
    }

    public boolean isPartner() {
        return identity.hasRole(Role.PARTNER);
    }

    public boolean isDelegate() {
        return identity.hasRole(Role.DELEGATE);
    }

    public boolean isDoor() {
        return identity.hasRole(Role.DOOR);
    }

    /** The OAuth client the token was issued to (claim {@code azp}): a partner system, a door device, a frontend. */
    public Optional<String> client() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<Object>getClaim("azp")).map(Object::toString);
        }
        return Optional.empty();
    }

    /** The organization a partner's token speaks for. */
    public Optional<String> organization() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<Object>getClaim(ORGANIZATION_CLAIM)).map(Object::toString);
        }
        return Optional.empty();
    }

    /**
     * The email the identity provider verified for this account (claims {@code email} and
     * {@code email_verified}); empty when it has none or has not verified it.
     */
    public Optional<String> verifiedEmail() {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && Boolean.parseBoolean(String.valueOf(token.<Object>getClaim("email_verified")))) {
            return Optional.ofNullable(token.<Object>getClaim("email")).map(Object::toString);
        }
        return Optional.empty();
    }

    /** The strongest role, as recorded in histories. */
    public String role() {
        if (isAdmin()) {
            return Role.ADMIN;
        }
        if (identity.hasRole(Role.ORGANIZER)) {
            return Role.ORGANIZER;
        }
        if (isPartner()) {
            return Role.PARTNER;
        }
        if (isDoor() && !isDelegate()) {
            return Role.DOOR;
        }
        return Role.DELEGATE;
    }
}
