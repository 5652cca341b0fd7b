package org.scorats.conference.conventions.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "conference.audit")
public interface AuditConfig {

    /** How long entries are kept; older ones are deleted by {@link AuditRetention}. */
    @WithDefault("730d")
    Duration retention();

    /** How often retention looks for entries past it. */
    @WithDefault("1h")
    Duration retentionInterval();
}
