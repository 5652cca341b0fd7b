package org.scorats.conference.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak realm the local stack and the end-to-end tests import gives tokens the shape the
 * gateway and services check: realm roles, the conference-api audience, a partner's organization.
 */
class RealmFileTest {

    private final JsonNode realm = read();

    @Test
    void theRealmHasThePlatformsRoles() {
        assertThat(realm.path("realm").asText()).isEqualTo("conference");
        assertThat(names(realm.path("roles").path("realm"), "name")).containsExactlyInAnyOrder("admin", "organizer", "partner", "delegate", "door",
                "monitoring");
    }

    @Test
    void everyClientsTokensAreForTheConferenceApi() {
        realm.path("clients").forEach(client -> assertThat(names(client.path("protocolMappers"), "protocolMapper"))
                .as(client.path("clientId").asText()).contains("oidc-audience-mapper"));
        realm.path("clients").forEach(client -> client.path("protocolMappers").forEach(mapper -> {
            if (mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")) {
                assertThat(mapper.path("config").path("included.custom.audience").asText()).isEqualTo("conference-api");
            }
        }));
    }

    @Test
    void frontendsUseTheCodeFlowWithPkceAndOnlyTheDemoClientHasDirectGrants() {
        JsonNode web = client("conference-web");
        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(web.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        List<String> withDirectGrants = new ArrayList<>();
        realm.path("clients").forEach(c -> {
            if (c.path("directAccessGrantsEnabled").asBoolean()) {
                withDirectGrants.add(c.path("clientId").asText());
            }
        });
        assertThat(withDirectGrants).containsExactly("conference-demo");
    }

    @Test
    void eachPartnerHasAConfidentialServiceAccountWhoseTokensNameItsOrganization() {
        for (String[] partner : new String[][] {{"cis-atc-sync", "CIS-ATC"}, {"csto-sync", "CSTO"}}) {
            JsonNode client = client(partner[0]);
            assertThat(client.path("publicClient").asBoolean()).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            JsonNode organization = null;
            for (JsonNode mapper : client.path("protocolMappers")) {
                if (mapper.path("config").path("claim.name").asText().equals("organization")) {
                    organization = mapper;
                }
            }
            assertThat(organization).as(partner[0] + " organization claim").isNotNull();
            assertThat(organization.path("config").path("claim.value").asText()).isEqualTo(partner[1]);
            JsonNode account = user("service-account-" + partner[0]);
            assertThat(account.path("serviceAccountClientId").asText()).isEqualTo(partner[0]);
            assertThat(names(account.path("realmRoles"), null)).containsExactly("partner");
        }
    }

    @Test
    void aDoorDeviceAndTheMonitoringHaveConfidentialServiceAccountsWithOneRoleEach() {
        for (String[] account : new String[][] {{"door-device", "door"}, {"prometheus", "monitoring"}}) {
            JsonNode client = client(account[0]);
            assertThat(client.path("publicClient").asBoolean()).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(names(user("service-account-" + account[0]).path("realmRoles"), null)).containsExactly(account[1]);
        }
    }

    @Test
    void demoUsersCanLogInForEveryRole() {
        List<String> roles = new ArrayList<>();
        realm.path("users").forEach(u -> {
            if (!u.has("serviceAccountClientId")) {
                // Keycloak refuses a password grant for users without these: "Account is not fully set up"
                assertThat(u.path("email").asText()).as(u.path("username").asText()).contains("@");
                assertThat(u.path("firstName").asText()).isNotBlank();
                assertThat(u.path("lastName").asText()).isNotBlank();
                assertThat(u.path("credentials").get(0).path("temporary").asBoolean()).isFalse();
                roles.addAll(names(u.path("realmRoles"), null));
            }
        });
        assertThat(roles).contains("admin", "organizer", "delegate");
    }

    private JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("No client " + clientId);
    }

    private JsonNode user(String username) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("No user " + username);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(field == null ? node.asText() : node.path(field).asText()));
        return names;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("../deploy/keycloak/conference-realm.json").toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Realm file unreadable", e);
        }
    }
}
