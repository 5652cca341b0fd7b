package org.scorats.conference.notification.service;

import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.problem.ProblemException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production rule: no subscription may point into our own networks. */
class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy production = new WebhookUrlPolicy(false);
    private final WebhookUrlPolicy localStack = new WebhookUrlPolicy(true);

    @Test
    void internalAddressesAreRefusedUnlessTheDeploymentAllowsThem() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
                "http://192.168.0.10/hook", "http://172.16.5.4/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://100.64.0.1/hook", "http://0.0.0.0/hook")) {
            assertThatThrownBy(() -> production.check(url)).as(url)
                    .isInstanceOfSatisfying(ProblemException.class, e ->
                            assertThat(e.errors()).extracting(er -> er.field()).containsExactly("url"));
            assertThat(localStack.check(url)).hasToString(url);
        }
    }

    @Test
    void publicAddressesPass() {
        assertThat(production.check("https://93.184.216.34/webhooks")).hasHost("93.184.216.34");
    }
}
