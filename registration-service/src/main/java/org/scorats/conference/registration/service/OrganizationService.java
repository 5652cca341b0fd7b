package org.scorats.conference.registration.service;

import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.registration.domain.OrganizationKind;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.registration.domain.Organization;
import org.scorats.conference.registration.messaging.RegistrationEventPublisher;
import org.scorats.conference.registration.repository.OrganizationRepository;
import org.scorats.conference.registration.service.OrganizationRequest;


/** The states, international organizations and institutes that send people. */
@ApplicationScoped
@Transactional
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final RegistrationEventPublisher events;

    OrganizationService(OrganizationRepository organizations, RegistrationEventPublisher events) {
        this.organizations = organizations;
        this.events = events;
    }

    public Organization create(OrganizationRequest request) {
        new FieldErrors().check(request.code() != null, "code", "must be given").throwIfAny();
        if (organizations.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("organization-exists", "An organization with code " + request.code() + " exists");
        }
        Organization organization = new Organization();
        organization.code = request.code();
        organization.createdAt = StoredTime.now();
        apply(request, organization);
        organizations.persist(organization);
        events.organization(RegistrationEvents.ORGANIZATION_CREATED, organization);
        return organization;
    }

    public Organization update(String code, OrganizationRequest request, String ifMatch) {
        Organization organization = organizations.require(code);
        EntityVersions.requireMatch(ifMatch, organization.version);
        new FieldErrors().check(request.code() == null || request.code().equals(code), "code", "cannot change").throwIfAny();
        apply(request, organization);
        events.organization(RegistrationEvents.ORGANIZATION_UPDATED, organization);
        return organization;
    }

    private static void apply(OrganizationRequest r, Organization o) {
        o.name = r.name();
        o.kind = r.kind();
        o.country = r.country();
        o.updatedAt = StoredTime.now();
    }

    public Organization get(String code) {
        return organizations.require(code);
    }

    /** @param kind only organizations of this kind, or null for all */
    public Page<Organization> page(OrganizationKind kind, PageRequest request) {
        return organizations.page(kind, request);
    }
}
