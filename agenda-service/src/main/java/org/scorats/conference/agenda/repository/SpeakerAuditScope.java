package org.scorats.conference.agenda.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.audit.AuditScope;

/**
 * A partner reads the audit entries about its organization's people: the speakers who are its
 * registered participants, as the participant directory knows them.
 */
@ApplicationScoped
public class SpeakerAuditScope implements AuditScope {

    @Override
    public String partnerCondition() {
        return "organizationCode = :organization OR participantId IN "
                + "(SELECT d.participantId FROM DirectoryEntry d WHERE d.organizationCode = :organization)";
    }
}
