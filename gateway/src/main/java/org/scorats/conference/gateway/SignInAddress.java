package org.scorats.conference.gateway;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Points the served contract's sign-in at the Keycloak this gateway checks tokens against. The
 * committed contract names the local stack's Keycloak, and the build-time setting is fixed when the
 * gateway is built; Swagger UI and code generators read the served contract, so it must name the
 * realm of the deployment that serves it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SignInAddress implements OASFilter {

    static final String SCHEME = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI contract) {
        if (contract.getComponents() == null || contract.getComponents().getSecuritySchemes() == null) {
            return;
        }
        SecurityScheme scheme = contract.getComponents().getSecuritySchemes().get(SCHEME);
        // Tests verify tokens with a key and no server: then the committed address stays.
        ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .filter(realm -> scheme != null)
                .ifPresent(realm -> scheme.setOpenIdConnectUrl(realm.replaceAll("/+$", "") + "/.well-known/openid-configuration"));
    }
}
