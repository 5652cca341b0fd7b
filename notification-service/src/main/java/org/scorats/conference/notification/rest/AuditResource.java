package org.scorats.conference.notification.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.audit.AuditEndpoints;
import org.scorats.conference.conventions.audit.AuditTrail;
import org.scorats.conference.conventions.security.Caller;

/** This service's audit trail, at its own path so the gateway knows where it is. */
@Path("/api/v1/audit/notification")
@Tag(name = "Audit trail", description = "Who changed or saw what, when and from where; read-only")
public class AuditResource extends AuditEndpoints {

    AuditResource(AuditTrail trail, Caller caller) {
        super(trail, caller);
    }
}
