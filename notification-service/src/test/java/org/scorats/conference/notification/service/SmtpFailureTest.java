package org.scorats.conference.notification.service;

import io.vertx.ext.mail.SMTPException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpFailureTest {

    @Test
    void aServerClosingTheChannelOrNotAnsweringEndsTheConnectionNotTheMail() {
        SMTPException closing = new SMTPException("got error response", 421,
                List.of("421 Service shutting down and closing transmission channel"), false);
        assertThat(SmtpFailure.endedConnection(new CompletionException(closing))).isTrue();
        assertThat(SmtpFailure.endedConnection(new SmtpFailure.NoAnswer(Duration.ofSeconds(30)))).isTrue();

        SMTPException mailboxFull = new SMTPException("got error response", 452, List.of("452 Mailbox full"), false);
        assertThat(SmtpFailure.endedConnection(new CompletionException(mailboxFull))).isFalse();
        assertThat(SmtpFailure.endedConnection(new CompletionException(new ConnectException("Connection refused")))).isFalse();
    }

    @Test
    void theReasonNamesWhatTheServerSaidWithoutClassNames() {
        SMTPException rejected = new SMTPException("got error response", 550, List.of("550 No such user"), false);
        assertThat(SmtpFailure.reason(new CompletionException(rejected))).startsWith("the SMTP server answered 550")
                .contains("No such user").doesNotContain("Exception");
        assertThat(SmtpFailure.reason(new SmtpFailure.NoAnswer(Duration.ofSeconds(30))))
                .isEqualTo("the SMTP server did not answer within 30.0 s");
        assertThat(SmtpFailure.reason(new CompletionException(new ConnectException("Connection refused: /127.0.0.1:2525"))))
                .isEqualTo("Connection refused: /127.0.0.1:2525");
        assertThat(SmtpFailure.reason(new IllegalStateException())).isEqualTo("sending failed without a reason given");
    }
}
