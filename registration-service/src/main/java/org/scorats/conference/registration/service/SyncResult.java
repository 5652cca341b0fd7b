package org.scorats.conference.registration.service;

import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.registration.domain.Participant;

/** What a partner's upsert did to a participant. */
public record SyncResult(Outcome outcome, Participant participant) {

    public enum Outcome implements CodedEnum {
        CREATED, UPDATED, UNCHANGED
    }
}
