package org.scorats.conference.conventions.audit;

/**
 * Which audit entries a partner may read: those about their own organization's people. A service
 * whose entries name a participant without an organization (a badge, a visa letter) provides a bean
 * that also finds those; without one, an entry is the organization's when it names it.
 */
public interface AuditScope {

    /** A JPQL condition on {@link AuditEntry} with the parameter {@code :organization}. */
    String partnerCondition();
}
