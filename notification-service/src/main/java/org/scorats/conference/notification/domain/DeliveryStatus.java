package org.scorats.conference.notification.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/**
 * Where an email or webhook delivery stands: pending (not tried yet), sending (a webhook on its
 * way; tried again if no outcome is recorded by its next attempt time), sent, failed (will be tried
 * again), dead (tried as often as allowed; organizers or partners may resend), gone (the receiver
 * answered 410 and its subscription was switched off).
 */
public enum DeliveryStatus implements CodedEnum {
    PENDING, SENDING, SENT, FAILED, DEAD, GONE;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<DeliveryStatus> {
        public DatabaseCode() {
            super(DeliveryStatus.class);
        }
    }
}
