package org.scorats.conference.notification.service;

import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.problem.ProblemException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production rule: https only, and no subscription may point into our own or anybody's internal networks. */
class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy production = new WebhookUrlPolicy(false, false);
    private final WebhookUrlPolicy localStack = new WebhookUrlPolicy(true, true);

    @Test
    void internalAddressesAreRefusedUnlessTheDeploymentAllowsThem() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
                "http://192.168.0.10/hook", "http://172.16.5.4/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://100.64.0.1/hook", "http://0.0.0.0/hook",
                "http://0.1.2.3/hook", "http://[::127.0.0.1]/hook", "http://[64:ff9b::a00:1]/hook", "http://[2002:a00:1::1]/hook",
                "http://198.18.0.1/hook", "http://198.19.255.1/hook", "http://240.0.0.1/hook", "http://255.255.255.255/hook",
                "http://[2001:0:4136:e378::1]/hook")) {
            assertThatThrownBy(() -> production.check(url.replace("http://", "https://"))).as(url)
                    .isInstanceOfSatisfying(ProblemException.class, e ->
                            assertThat(e.errors()).extracting(er -> er.field()).containsExactly("url"));
            assertThat(localStack.check(url)).hasToString(url);
        }
    }

    @Test
    void publicAddressesPass() {
        assertThat(production.check("https://93.184.216.34/webhooks")).hasHost("93.184.216.34");
        assertThat(production.check("https://[2606:2800:220:1:248:1893:25c8:1946]/webhooks")).hasScheme("https");
        assertThat(production.check("https://198.20.0.1/webhooks")).hasScheme("https");
    }

    @Test
    void anInternationalizedHostIsLookedUpInItsAsciiForm() {
        // .invalid never resolves (RFC 6761): the refusal shows the name that was looked up.
        for (String url : List.of("https://пример.invalid/hook", "https://пример.invalid:8443/hook?x=1")) {
            assertThatThrownBy(() -> production.check(url)).as(url)
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                            .extracting(er -> er.message()).containsExactly("names a host that does not resolve: xn--e1afmkfd.invalid"));
        }
        assertThatThrownBy(() -> production.check("https://при мер.рф/hook")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> production.check("https://юзер@пример.invalid/hook"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(er -> er.message()).containsExactly("must not carry credentials; the signature authenticates us to you"));
    }

    @Test
    void plainHttpOnlyWhereTheDeploymentAllowsIt() {
        assertThatThrownBy(() -> production.check("http://93.184.216.34/webhooks"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("https"));
        assertThat(localStack.check("http://93.184.216.34/webhooks")).hasScheme("http");
    }
}
