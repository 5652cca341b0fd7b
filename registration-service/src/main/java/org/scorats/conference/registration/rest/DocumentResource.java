package org.scorats.conference.registration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.http.IdempotencyKeys;
import org.scorats.conference.conventions.http.PublicAddresses;
import org.scorats.conference.conventions.input.TypedParameters;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.registration.domain.DocumentStatus;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.VisaLetter;
import org.scorats.conference.registration.domain.VisaLetterStatus;
import org.scorats.conference.registration.service.Certificates;
import org.scorats.conference.registration.service.DocumentVerification;
import org.scorats.conference.registration.service.VisaLetterDecision;
import org.scorats.conference.registration.service.VisaLetterRequest;
import org.scorats.conference.registration.service.SealedReads;
import org.scorats.conference.registration.service.VisaLetters;

import java.net.URI;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Visa invitation letters, certificates of attendance, and their public verification")
public class DocumentResource {

    /** References as the platform prints them: the conference, the kind, eight characters. */
    private static final Pattern REFERENCE = Pattern.compile("^[A-Z0-9-]{8,80}$");

    private final VisaLetters letters;
    private final Certificates certificates;
    private final DocumentVerification verification;
    private final Caller caller;
    private final SealedReads sealedReads;
    private final Optional<URI> publicBaseUrl;
    private final IdempotencyKeys idempotency;

    DocumentResource(VisaLetters letters, Certificates certificates, DocumentVerification verification, Caller caller,
                     SealedReads sealedReads, @ConfigProperty(name = "registration.public-base-url") Optional<URI> publicBaseUrl,
                     IdempotencyKeys idempotency) {
        this.idempotency = idempotency;
        this.letters = letters;
        this.certificates = certificates;
        this.verification = verification;
        this.caller = caller;
        this.sealedReads = sealedReads;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** The request as the caller may see it: organizers with the passport number, which the audit trail records. */
    private VisaLetterView shown(VisaLetter letter) {
        if (caller.isOrganizer()) {
            sealedReads.visaLettersShown(List.of(letter));
        }
        return VisaLetterView.of(letter, caller.isOrganizer());
    }

    @POST
    @Path("/participants/{id}/visa-letters")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "requestVisaLetter", summary = "Request a visa invitation letter",
            description = "The participant, their partner or head of delegation, or organizers ask for a letter: "
                    + "nationality, passport (sealed at rest, shown to organizers and on the letter only), the embassy "
                    + "or consulate, travel dates (within a week of the conference). For in-person registrations that "
                    + "hold a seat (409 `not-eligible` for rejected, withdrawn or waitlisted ones; 422 "
                    + "`remote-participant`); one open request at a time (409 `letter-already-requested`). A "
                    + "registration that later gives up its seat or turns remote has its letter revoked and an open "
                    + "request refused, with the reason. Send an Idempotency-Key to retry safely: the same key and body "
                    + "answer the first request.")
    @APIResponse(responseCode = "201", description = "Requested; organizers decide",
            content = @Content(schema = @Schema(implementation = VisaLetterView.class)))
    public Response request(@PathParam("id") UUID participantId, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                            @Valid @NotNull VisaLetterRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST visa-letters of " + participantId, request, () -> {
            VisaLetter letter = letters.request(participantId, request);
            return Response.created(URI.create("/api/v1/visa-letters/" + letter.id)).tag(EntityVersions.etag(letter.version))
                    .entity(shown(letter)).build();
        }, id -> get(UUID.fromString(id)));
    }

    @GET
    @Path("/conferences/{conferenceId}/visa-letters")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "listVisaLetters", summary = "Requests and letters, newest first, by status and organization",
            description = "Every request for an invitation letter at the conference and its letter, newest first; "
                    + "filters `status` (requested, issued, refused, revoked) and `organization`. Organizers. "
                    + "Cursor-paged: start without a cursor, then pass nextCursor until it is absent; limit 1 to 200.")
    public RestResponse<Page<VisaLetterView>> list(@PathParam("conferenceId") String conferenceId,
                                                   @QueryParam("status") String status,
                                                   @QueryParam("organization") String organization,
                                                   @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                                   @Context UriInfo uri) {
        var page = letters.page(conferenceId, CodedEnum.fromParameter(VisaLetterStatus.class, "status", status),
                TypedParameters.filter(organization), PageRequest.of(limit, cursor));
        sealedReads.visaLettersShown(page.items());
        return PageResponses.ok(page.map(l -> VisaLetterView.of(l, true)), uri);
    }

    @GET
    @Path("/visa-letters/{id}")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "getVisaLetter", summary = "A request for a letter and where it stands",
            description = "The request and, once issued, the letter's reference. The applicant, their partner or head "
                    + "of delegation, organizers; another's is 404.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = VisaLetterView.class)))
    public Response get(@PathParam("id") UUID id) {
        VisaLetter letter = letters.get(id);
        return Response.ok(shown(letter)).tag(EntityVersions.etag(letter.version)).build();
    }

    @POST
    @Path("/visa-letters/{id}/decision")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "decideVisaLetter", summary = "Approve (issue the letter) or refuse a request",
            description = "Once per request (409 `already-decided`). Approving issues the letter with a reference and "
                    + "tells the applicant by mail, in their language, that it is ready; `language` chooses another "
                    + "working language for it. Refusing needs a reason. Send If-Match with the request's ETag.")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = VisaLetterView.class)))
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull VisaLetterDecision decision) {
        VisaLetter letter = letters.decide(id, decision, ifMatch);
        return Response.ok(shown(letter)).tag(EntityVersions.etag(letter.version)).build();
    }

    @POST
    @Path("/visa-letters/{id}/revocation")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "revokeVisaLetter", summary = "Revoke an issued letter",
            description = "From now on the letter's verification answers `revoked`. Organizers; a reason is required "
                    + "and kept with the request.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = VisaLetterView.class)))
    public VisaLetterView revoke(@PathParam("id") UUID id, @Valid @NotNull RevocationRequest request) {
        return shown(letters.revoke(id, request.reason()));
    }

    @GET
    @Path("/visa-letters/{id}/letter.pdf")
    @Produces(PdfResponses.PDF)
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "downloadVisaLetter", summary = "The issued invitation letter as PDF",
            description = "A4 on the conference's letterhead, in the letter's language: the applicant as the passport "
                    + "names them, nationality, passport, travel dates, the reference, and a QR code of the public "
                    + "verification address. 409 `not-issued` before approval or after revocation.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PdfResponses.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letter(@PathParam("id") UUID id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return PdfResponses.inline(letters.pdf(id, PublicAddresses.of(publicBaseUrl, uri, headers)), "invitation-" + id + ".pdf");
    }

    @GET
    @Path("/participants/{id}/certificate.pdf")
    @Produces(PdfResponses.PDF)
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "downloadCertificate", summary = "A certificate of attendance as PDF, in en, zh or ru",
            description = "For a participant let in at a door at least once (or checked in by an organizer), from the "
                    + "conference's last day: the days attended and a reference with a QR code of the public "
                    + "verification address; `lang` en, zh or ru (default the participant's). 409 `not-attended`, "
                    + "409 `conference-not-over`, 409 `revoked`. The participant, their partner or head, organizers.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PdfResponses.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response certificate(@PathParam("id") UUID id, @QueryParam("lang") String lang, @Context UriInfo uri,
                                @Context HttpHeaders headers) {
        byte[] pdf = certificates.pdf(id, CodedEnum.fromParameter(Language.class, "lang", lang),
                PublicAddresses.of(publicBaseUrl, uri, headers));
        return PdfResponses.inline(pdf, "certificate-" + id + ".pdf");
    }

    @GET
    @Path("/conferences/{conferenceId}/certificates.pdf")
    @Produces(PdfResponses.PDF)
    @RolesAllowed({Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "printCertificates", summary = "Everyone's certificates of attendance as one PDF for printing",
            description = "One A4 page per participant let in at a door (or checked in), by name, from the conference's "
                    + "last day: the same certificate, with the same reference, as downloading it alone; revoked ones are "
                    + "left out. `lang` en, zh or ru for all of them (default each participant's own); `organization` "
                    + "filters. At most 500 pages (422 `print-run-too-large` beyond). A partner prints only its own "
                    + "organization's people. 409 `conference-not-over`.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PdfResponses.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Nobody matching attended")
    public Response printCertificates(@PathParam("conferenceId") String conferenceId,
                                      @QueryParam("organization") String organization, @QueryParam("lang") String lang,
                                      @Context UriInfo uri, @Context HttpHeaders headers) {
        byte[] pdf = certificates.pdf(conferenceId, TypedParameters.filter(organization),
                CodedEnum.fromParameter(Language.class, "lang", lang), PublicAddresses.of(publicBaseUrl, uri, headers));
        return PdfResponses.attachment(pdf, conferenceId + "-certificates.pdf");
    }

    @GET
    @Path("/conferences/{conferenceId}/certificates")
    @RolesAllowed({Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "listCertificates", summary = "Certificates of attendance issued, newest first",
            description = "Every certificate issued at the conference (when first downloaded or printed), newest "
                    + "first, with the days it names and whether it still stands; a revoked one with when and why. "
                    + "Filters `status` (valid, revoked) and `organization`. Organizers see all; a partner its own "
                    + "people's (another organization is 403). Cursor-paged: start without a cursor, then pass "
                    + "nextCursor until it is absent; limit 1 to 200.")
    public RestResponse<Page<CertificateView>> certificates(@PathParam("conferenceId") String conferenceId,
                                                            @QueryParam("status") String status,
                                                            @QueryParam("organization") String organization,
                                                            @QueryParam("limit") Integer limit,
                                                            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        var page = certificates.page(conferenceId, CodedEnum.fromParameter(DocumentStatus.class, "status", status),
                TypedParameters.filter(organization), PageRequest.of(limit, cursor));
        return PageResponses.ok(page.map(CertificateView::of), uri);
    }

    @POST
    @Path("/participants/{id}/certificate/revocation")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "revokeCertificate", summary = "Revoke a participant's certificate of attendance",
            description = "For a certificate that should not have been issued: from now on its verification answers "
                    + "`revoked`, and it is not issued again (downloading it is 409 `revoked`). Organizers; a reason is "
                    + "required and kept with the certificate, not shown by verification. 409 `not-issued` when no "
                    + "certificate was issued, 409 `already-revoked`.")
    @APIResponse(responseCode = "200", description = "Revoked: what the public verification now answers",
            content = @Content(schema = @Schema(implementation = VerifiedDocumentView.class)))
    public VerifiedDocumentView revokeCertificate(@PathParam("id") UUID id, @Valid @NotNull RevocationRequest request) {
        return VerifiedDocumentView.of(certificates.revoke(id, request.reason()));
    }

    @GET
    @Path("/documents/{reference}")
    @PermitAll
    @Operation(operationId = "verifyDocument", summary = "Is this letter or certificate genuine and valid?",
            description = "What a QR code on a printed invitation letter or certificate opens: whether the platform "
                    + "issued the document with this reference and whether it still stands (`valid` or `revoked`), "
                    + "with what the document itself states publicly (the holder's Latin name, the dates). Public; "
                    + "404 `unknown-reference` for a reference never issued.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = VerifiedDocumentView.class)))
    @APIResponse(responseCode = "404", description = "Never issued: not genuine, or mistyped")
    public VerifiedDocumentView verify(@PathParam("reference") String reference) {
        String typed = reference.strip().toUpperCase(Locale.ROOT); // as someone might type it off the paper
        if (!REFERENCE.matcher(typed).matches()) {
            throw ProblemException.invalidField("reference", "must be a document reference such as SCO-RATS-2024-VL-7K3M9QX2");
        }
        return VerifiedDocumentView.of(verification.verify(typed));
    }
}
