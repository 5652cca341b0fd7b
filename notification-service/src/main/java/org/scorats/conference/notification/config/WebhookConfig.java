package org.scorats.conference.notification.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "notification.webhooks")
public interface WebhookConfig {

    /**
     * Whether subscription URLs may point at loopback, private or link-local addresses. Off in
     * production: a partner must not make this service call into our own network.
     */
    boolean allowPrivateAddresses();
}
