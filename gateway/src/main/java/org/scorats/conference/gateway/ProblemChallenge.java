package org.scorats.conference.gateway;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.problem.ProblemReplies;
import org.scorats.conference.problem.StatusProblems;

import java.util.Set;

/**
 * Answers "no token" with a problem. Quarkus challenges a request without credentials through
 * the authentication mechanisms, bypassing failure handlers; this one authenticates nobody (the
 * OIDC mechanism does that) and, ahead of it, writes the challenge as problem+json.
 */
@ApplicationScoped
public class ProblemChallenge implements HttpAuthenticationMechanism {

    private final ProblemReplies problems;

    ProblemChallenge(ProblemReplies problems) {
        this.problems = problems;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        problems.send(context.response(), StatusProblems.of(401,
                "A valid bearer token from the conference's Keycloak is required", context.request().path()));
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
