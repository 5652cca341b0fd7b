package org.scorats.conference.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "notification.mail")
public interface MailConfig {

    /** How often the mail workers look for due work on their own; commits wake them at once anyway. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Emails sent at once by each instance (each over a pooled SMTP connection). */
    @WithDefault("4")
    int senders();

    /**
     * The longest one SMTP transaction may take, from taking a connection to the server's acceptance.
     * A send past it is given up and tried once more on a new connection; a server that did accept the
     * first one after all would then have the mail twice, so keep it well above the relay's slowest answer.
     */
    @WithDefault("30s")
    Duration sendTimeout();

    /** Notices for one person within this window go out as one email. */
    @WithDefault("30s")
    Duration burstWindow();

    /** The wait before the first retry of a failed send; each further retry waits twice as long. */
    @WithDefault("30s")
    Duration retryAfter();

    /** Attempts before an email is dead, for organizers to look at and resend. */
    @WithDefault("6")
    int maxAttempts();
}
