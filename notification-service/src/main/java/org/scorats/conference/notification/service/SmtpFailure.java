package org.scorats.conference.notification.service;

import io.vertx.ext.mail.SMTPException;

import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What went wrong with one SMTP transaction, in words for the mail's delivery record (which
 * organizers read: no class names), and whether it ended the connection rather than the mail.
 */
final class SmtpFailure {

    /** 421: the server is closing this connection (idle too long, shutting down); another may work at once. */
    private static final int CLOSING_CHANNEL = 421;

    private SmtpFailure() {
    }

    /** A server that took the connection but did not finish the transaction within the deadline. */
    static final class NoAnswer extends RuntimeException {
        NoAnswer(Duration deadline) {
            super("the SMTP server did not answer within " + deadline.toMillis() / 1000.0 + " s", null, false, false);
        }
    }

    /**
     * Whether the failure belongs to the connection: the server said it is closing it (RFC 5321, 3.8), or it
     * never answered on it (a hung relay, or a greeting lost on the way). The mail itself may go through on a
     * new connection at once; waiting for the retry schedule would only delay it.
     */
    static boolean endedConnection(Throwable failure) {
        return causes(failure).anyMatch(cause -> cause instanceof NoAnswer
                || cause instanceof SMTPException smtp && smtp.getReplyCode() == CLOSING_CHANNEL);
    }

    static String reason(Throwable failure) {
        return causes(failure).filter(SMTPException.class::isInstance).map(SMTPException.class::cast).findFirst()
                .map(smtp -> "the SMTP server answered " + smtp.getReplyCode() + " " + smtp.getReplyMessage())
                .orElseGet(() -> {
                    Throwable root = causes(failure).reduce((outer, inner) -> inner).orElseThrow();
                    return root.getMessage() == null ? "sending failed without a reason given" : root.getMessage();
                });
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause);
    }
}
