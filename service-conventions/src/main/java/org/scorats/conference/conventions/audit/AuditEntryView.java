package org.scorats.conference.conventions.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One audit entry as organizers and partners read it. */
@Schema(name = "AuditEntry", example = """
        {"id": "0f5c2a4e-8b1d-4e3f-9a7b-6c5d4e3f2a1b", "at": "2024-05-20T08:14:03.512Z",
         "actorSubject": "5b0c9a1e-2f3d-4c5b-8a7e-6d5c4b3a2f1e", "actorClient": "conference-frontend",
         "actorRole": "organizer", "requestId": "4bf92f3577b34da6a3ce929d0e0e4736", "clientAddress": "192.0.2.10",
         "action": "update", "resource": "participants", "resourceId": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0",
         "organizationCode": "CIS-ATC", "conferenceId": "sco-rats-2024",
         "participantId": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0",
         "changes": {"status": {"from": "submitted", "to": "approved"}, "passportNumber": {"from": "***", "to": "***"}}}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(
        UUID id,
        Instant at,
        @Schema(description = "The token's subject; system for the service's own work (applying an event), "
                + "anonymous for a public endpoint") String actorSubject,
        @Schema(description = "The OAuth client the token was issued to") String actorClient,
        String actorRole,
        @Schema(description = "X-Request-Id as the gateway forwarded it") String requestId,
        @Schema(description = "The client's address as the gateway saw it") String clientAddress,
        @Schema(description = "create, update, delete, or read-sealed (sealed data such as a passport number was shown)")
        String action,
        String resource,
        String resourceId,
        String organizationCode,
        String conferenceId,
        UUID participantId,
        @Schema(description = "Per field: from and to (a create has only to, a delete only from); sealed values as ***")
        Map<String, Object> changes) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.createdAt, e.actorSubject, e.actorClient, e.actorRole, e.requestId, e.clientAddress,
                e.action, e.resource, e.resourceId, e.organizationCode, e.conferenceId, e.participantId, e.changes);
    }
}
