package org.scorats.conference.registration.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.audit.AuditScope;

/**
 * A partner reads the audit entries about its organization's people: entries naming it, and those about
 * its participants (their badges, scans, visa letters and documents).
 */
@ApplicationScoped
public class ParticipantAuditScope implements AuditScope {

    @Override
    public String partnerCondition() {
        return "organizationCode = :organization OR participantId IN "
                + "(SELECT p.id FROM Participant p WHERE p.organizationCode = :organization)";
    }
}
