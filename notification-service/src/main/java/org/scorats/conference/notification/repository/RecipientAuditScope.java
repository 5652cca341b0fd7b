package org.scorats.conference.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.audit.AuditScope;

/**
 * A partner reads the audit entries about its organization's people: its webhook subscriptions, and
 * the notices of its participants, as the recipient list knows them.
 */
@ApplicationScoped
public class RecipientAuditScope implements AuditScope {

    @Override
    public String partnerCondition() {
        return "organizationCode = :organization OR participantId IN "
                + "(SELECT r.participantId FROM Recipient r WHERE r.organizationCode = :organization)";
    }
}
