package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.persistence.CodedEnum;

/** Whether an issued document still stands, as its public check answers. */
public enum DocumentStatus implements CodedEnum {
    VALID, REVOKED
}
