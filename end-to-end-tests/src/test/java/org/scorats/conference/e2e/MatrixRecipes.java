package org.scorats.conference.e2e;

import org.scorats.conference.e2e.AuthorizationMatrixTest.Caller;
import org.scorats.conference.localstack.DemoData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.scorats.conference.e2e.MatrixWorld.EMAIL_A;
import static org.scorats.conference.e2e.MatrixWorld.EMAIL_B;
import static org.scorats.conference.e2e.MatrixWorld.ORGANIZATION_A;

/**
 * How the authorization matrix calls each operation of the contract: the concrete path, the body,
 * and the organizer's view that a refused write must leave unchanged. Bodies are valid, so an
 * answer other than the matrix's is about who calls, not about what was sent.
 */
final class MatrixRecipes {

    /**
     * One call: what to send, and where to look for what a refusal must not have changed (null: a
     * read); a body that is a file (byte[]) goes with its {@code contentType}.
     */
    record Call(String method, String path, Object body, String probe, String contentType) {

        Call(String method, String path, Object body, String probe) {
            this(method, path, body, probe, null);
        }

        Map<String, String> headers() {
            return contentType == null ? AuthorizationMatrixTest.ANY : Map.of("Accept", "*/*", "Content-Type", contentType);
        }
    }

    private interface Recipe {
        Call call(MatrixWorld w, Caller caller);
    }

    /** Dead letters are rare on a healthy platform: an id that does not exist still shows who gets past the door. */
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    private static final Map<String, Recipe> RECIPES = new LinkedHashMap<>();

    static final Set<String> OPERATIONS = RECIPES.keySet();

    static Call call(String operation, MatrixWorld w, Caller caller) {
        Recipe recipe = RECIPES.get(operation);
        if (recipe == null) {
            throw new IllegalStateException("No way to call " + operation + ": add a recipe to MatrixRecipes");
        }
        return recipe.call(w, caller);
    }

    private static void read(String operation, Function<MatrixWorld, String> path) {
        RECIPES.put(operation, (w, caller) -> new Call(method(operation), path.apply(w), null, null));
    }

    private static void write(String operation, Recipe recipe) {
        RECIPES.put(operation, recipe);
    }

    private static String method(String operation) {
        return operation.substring(0, operation.indexOf(' '));
    }

    private static Map<String, Object> unknownScan() {
        return Map.of("code", "ZZZZ-ZZZZ-ZZ", "door", "matrix-door", "direction", "entry",
                "scannedAt", "2024-09-04T09:00:00+05:00", "nonce", "matrix-" + UUID.randomUUID());
    }

    private static String conference(MatrixWorld w) {
        return "/api/v1/conferences/" + w.conference;
    }

    static {
        // registration-service: conferences, organizations, delegations
        read("GET /api/v1/conferences", w -> "/api/v1/conferences");
        write("POST /api/v1/conferences", (w, c) -> {
            var body = DemoData.conference("mx-" + UUID.randomUUID().toString().substring(0, 8));
            return new Call("POST", "/api/v1/conferences", body, "/api/v1/conferences/" + body.path("id").asText());
        });
        read("GET /api/v1/conferences/{id}", MatrixRecipes::conference);
        write("PUT /api/v1/conferences/{id}", (w, c) -> new Call("PUT", conference(w),
                DemoData.conference(w.conference), conference(w)));
        read("GET /api/v1/organizations", w -> "/api/v1/organizations");
        write("POST /api/v1/organizations", (w, c) -> {
            String code = "MX-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            return new Call("POST", "/api/v1/organizations", organization(code), "/api/v1/organizations/" + code);
        });
        read("GET /api/v1/organizations/{code}", w -> "/api/v1/organizations/" + ORGANIZATION_A);
        write("PUT /api/v1/organizations/{code}", (w, c) -> {
            String code = freshOrganization(w);
            return new Call("PUT", "/api/v1/organizations/" + code, organization(code), "/api/v1/organizations/" + code);
        });
        read("GET /api/v1/conferences/{conferenceId}/delegations", w -> conference(w) + "/delegations");
        write("POST /api/v1/conferences/{conferenceId}/delegations", (w, c) -> new Call("POST", conference(w) + "/delegations",
                Map.of("organizationCode", freshOrganization(w), "seatQuota", 5), conference(w) + "/delegations"));
        read("GET /api/v1/delegations/{id}", w -> "/api/v1/delegations/" + w.delegationA);
        write("PUT /api/v1/delegations/{id}", (w, c) -> new Call("PUT", "/api/v1/delegations/" + w.delegationA,
                Map.of("seatQuota", 20), "/api/v1/delegations/" + w.delegationA));
        write("POST /api/v1/delegations/{id}/invitation", (w, c) -> new Call("POST", "/api/v1/delegations/" + w.delegationA
                + "/invitation", null, "/api/v1/delegations/" + w.delegationA));
        write("DELETE /api/v1/delegations/{id}/invitation", (w, c) -> {
            var fresh = w.freshConference(); // CIS-ATC's delegation there has a code, which the call revokes
            String delegation = w.platform.delegationOf(fresh.conference(), ORGANIZATION_A);
            return new Call("DELETE", "/api/v1/delegations/" + delegation + "/invitation", null, "/api/v1/delegations/" + delegation);
        });

        // registration-service: participants
        read("GET /api/v1/conferences/{conferenceId}/participants", w -> conference(w) + "/participants");
        write("POST /api/v1/conferences/{conferenceId}/participants", (w, c) -> {
            var fresh = w.freshConference(); // one where A has not registered yet
            Map<String, Object> body = switch (c) {
                case DELEGATE_A -> withCode(MatrixWorld.person(ORGANIZATION_A, EMAIL_A), fresh.invitationCode());
                case DELEGATE_B -> MatrixWorld.person(ORGANIZATION_A, EMAIL_B); // B was not given CIS-ATC's code
                default -> MatrixWorld.person(ORGANIZATION_A, MatrixWorld.freshEmail());
            };
            String path = "/api/v1/conferences/" + fresh.conference() + "/participants";
            return new Call("POST", path, body, path);
        });
        read("GET /api/v1/conferences/{conferenceId}/participants/me", w -> conference(w) + "/participants/me");
        read("GET /api/v1/conferences/{conferenceId}/participants/export", w -> conference(w) + "/participants/export");
        read("GET /api/v1/conferences/{conferenceId}/statistics", w -> conference(w) + "/statistics");
        read("GET /api/v1/conferences/{conferenceId}/seat-check", w -> conference(w) + "/seat-check");
        read("GET /api/v1/participants/{id}", w -> "/api/v1/participants/" + w.participantA);
        write("PUT /api/v1/participants/{id}", (w, c) -> {
            Map<String, Object> body = MatrixWorld.person(ORGANIZATION_A, EMAIL_A);
            body.put("phone", "+998 71 000 00 0" + c.ordinal());
            return new Call("PUT", "/api/v1/participants/" + w.participantA, body, "/api/v1/participants/" + w.participantA);
        });
        write("DELETE /api/v1/participants/{id}", (w, c) -> {
            String id = w.freshParticipant();
            return new Call("DELETE", "/api/v1/participants/" + id, null, "/api/v1/participants/" + id);
        });
        read("GET /api/v1/participants/{id}/history", w -> "/api/v1/participants/" + w.participantA + "/history");
        write("POST /api/v1/participants/{id}/transitions", (w, c) -> {
            String id = w.freshRegistrationOfA(); // withdrawn once, it cannot be withdrawn again
            return new Call("POST", "/api/v1/participants/" + id + "/transitions", Map.of("action", "withdraw"),
                    "/api/v1/participants/" + id);
        });

        // registration-service: badges, doors, arrivals
        read("GET /api/v1/participants/{id}/badge", w -> "/api/v1/participants/" + w.participantA + "/badge");
        read("GET /api/v1/participants/{id}/badge.pdf", w -> "/api/v1/participants/" + w.participantA + "/badge.pdf");
        write("POST /api/v1/participants/{id}/badge/reissue", (w, c) -> new Call("POST", "/api/v1/participants/"
                + w.participantA + "/badge/reissue", null, "/api/v1/participants/" + w.participantA + "/badge"));
        read("GET /api/v1/conferences/{conferenceId}/badges.pdf", w -> conference(w) + "/badges.pdf");
        read("GET /api/v1/conferences/{conferenceId}/badge-keys", w -> conference(w) + "/badge-keys");
        write("POST /api/v1/conferences/{conferenceId}/badge-keys", (w, c) -> new Call("POST", conference(w) + "/badge-keys",
                null, conference(w) + "/badge-keys"));
        read("GET /api/v1/conferences/{conferenceId}/door-list", w -> conference(w) + "/door-list?day=2024-09-04");
        // A code matching no badge: recorded as "unknown" and counted as refused at its door, A left as they are.
        write("POST /api/v1/conferences/{conferenceId}/check-in/scans", (w, c) -> new Call("POST", conference(w)
                + "/check-in/scans", unknownScan(), conference(w) + "/check-in/statistics"));
        write("POST /api/v1/conferences/{conferenceId}/check-in/scan-batches", (w, c) -> new Call("POST", conference(w)
                + "/check-in/scan-batches", Map.of("scans", List.of(unknownScan())), conference(w) + "/check-in/statistics"));
        read("GET /api/v1/conferences/{conferenceId}/check-in/statistics", w -> conference(w) + "/check-in/statistics");
        read("GET /api/v1/participants/{id}/scans", w -> "/api/v1/participants/" + w.participantA + "/scans");
        read("GET /api/v1/conferences/{conferenceId}/arrivals", w -> conference(w) + "/arrivals");
        read("GET /api/v1/conferences/{conferenceId}/arrivals/export", w -> conference(w) + "/arrivals/export");

        // registration-service: documents
        write("POST /api/v1/participants/{id}/visa-letters", (w, c) -> new Call("POST", "/api/v1/participants/"
                + w.freshParticipant() + "/visa-letters", MatrixWorld.letterRequest(), conference(w) + "/visa-letters"));
        read("GET /api/v1/conferences/{conferenceId}/visa-letters", w -> conference(w) + "/visa-letters");
        read("GET /api/v1/visa-letters/{id}", w -> "/api/v1/visa-letters/" + w.letterA);
        write("POST /api/v1/visa-letters/{id}/decision", (w, c) -> {
            String letter = w.freshLetter(false);
            return new Call("POST", "/api/v1/visa-letters/" + letter + "/decision", Map.of("decision", "approve"),
                    "/api/v1/visa-letters/" + letter);
        });
        write("POST /api/v1/visa-letters/{id}/revocation", (w, c) -> {
            String letter = w.freshLetter(true);
            return new Call("POST", "/api/v1/visa-letters/" + letter + "/revocation", Map.of("reason", "Matrix"),
                    "/api/v1/visa-letters/" + letter);
        });
        read("GET /api/v1/visa-letters/{id}/letter.pdf", w -> "/api/v1/visa-letters/" + w.letterA + "/letter.pdf");
        read("GET /api/v1/participants/{id}/certificate.pdf", w -> "/api/v1/participants/" + w.participantA + "/certificate.pdf");
        read("GET /api/v1/conferences/{conferenceId}/certificates", w -> conference(w) + "/certificates");
        read("GET /api/v1/conferences/{conferenceId}/certificates.pdf", w -> conference(w) + "/certificates.pdf");
        write("POST /api/v1/participants/{id}/certificate/revocation", (w, c) -> new Call("POST", "/api/v1/participants/"
                + w.participantA + "/certificate/revocation", Map.of("reason", "Matrix"), "/api/v1/participants/" + w.participantA));
        read("GET /api/v1/documents/{reference}", w -> "/api/v1/documents/" + w.letterReferenceA);

        // registration-service: partner sync
        read("GET /api/v1/conferences/{conferenceId}/organizations/{organizationCode}/participants/{externalId}",
                w -> w.syncPath(w.externalId));
        write("PUT /api/v1/conferences/{conferenceId}/organizations/{organizationCode}/participants/{externalId}", (w, c) -> {
            String path = w.syncPath("MATRIX-" + UUID.randomUUID().toString().substring(0, 8));
            return new Call("PUT", path, MatrixWorld.person(null, MatrixWorld.freshEmail()), path);
        });
        write("DELETE /api/v1/conferences/{conferenceId}/organizations/{organizationCode}/participants/{externalId}", (w, c) -> {
            String path = w.syncPath(w.freshExternalId());
            return new Call("DELETE", path, null, path);
        });
        write("POST /api/v1/conferences/{conferenceId}/organizations/{organizationCode}/participant-batches", (w, c) -> {
            String externalId = "MATRIX-" + UUID.randomUUID().toString().substring(0, 8);
            return new Call("POST", conference(w) + "/organizations/" + ORGANIZATION_A + "/participant-batches",
                    Map.of("items", List.of(Map.of("externalId", externalId, "participant",
                            MatrixWorld.person(null, MatrixWorld.freshEmail())))), w.syncPath(externalId));
        });
        read("GET /api/v1/conferences/{conferenceId}/organizations/{organizationCode}/changes",
                w -> conference(w) + "/organizations/" + ORGANIZATION_A + "/changes");

        // agenda-service: the draft
        read("GET /api/v1/conferences/{conferenceId}/sessions", w -> conference(w) + "/sessions");
        write("POST /api/v1/conferences/{conferenceId}/sessions", (w, c) -> new Call("POST", conference(w) + "/sessions",
                MatrixWorld.session(), conference(w) + "/sessions"));
        read("GET /api/v1/sessions/{id}", w -> "/api/v1/sessions/" + w.session);
        write("PUT /api/v1/sessions/{id}", (w, c) -> {
            String id = w.freshSession();
            return new Call("PUT", "/api/v1/sessions/" + id, MatrixWorld.session(), "/api/v1/sessions/" + id);
        });
        write("DELETE /api/v1/sessions/{id}", (w, c) -> {
            String id = w.freshSession();
            return new Call("DELETE", "/api/v1/sessions/" + id, null, "/api/v1/sessions/" + id);
        });
        read("GET /api/v1/sessions/{id}/talks", w -> "/api/v1/sessions/" + w.session + "/talks");
        write("POST /api/v1/sessions/{id}/talks", (w, c) -> {
            String session = w.freshSession();
            return new Call("POST", "/api/v1/sessions/" + session + "/talks", MatrixWorld.talk(),
                    "/api/v1/sessions/" + session + "/talks");
        });
        read("GET /api/v1/talks/{id}", w -> "/api/v1/talks/" + w.talk);
        write("PUT /api/v1/talks/{id}", (w, c) -> {
            String id = w.freshTalk();
            return new Call("PUT", "/api/v1/talks/" + id, MatrixWorld.talk(), "/api/v1/talks/" + id);
        });
        write("DELETE /api/v1/talks/{id}", (w, c) -> {
            String id = w.freshTalk();
            return new Call("DELETE", "/api/v1/talks/" + id, null, "/api/v1/talks/" + id);
        });
        read("GET /api/v1/conferences/{conferenceId}/speakers", w -> conference(w) + "/speakers");
        write("POST /api/v1/conferences/{conferenceId}/speakers", (w, c) -> new Call("POST", conference(w) + "/speakers",
                Map.of("givenNameLatin", "Guest", "familyNameLatin", "Speaker"), conference(w) + "/speakers"));
        read("GET /api/v1/speakers/{id}", w -> "/api/v1/speakers/" + w.speaker);
        // A speaker's own profile: neither A nor B is a speaker of the world's conference.
        read("GET /api/v1/conferences/{conferenceId}/speakers/me", w -> conference(w) + "/speakers/me");
        write("PUT /api/v1/conferences/{conferenceId}/speakers/me", (w, c) -> new Call("PUT", conference(w) + "/speakers/me",
                Map.of("biography", Map.of("en", "Matrix biography.")), conference(w) + "/speakers"));
        write("PUT /api/v1/speakers/{id}", (w, c) -> new Call("PUT", "/api/v1/speakers/" + w.speaker,
                Map.of("givenNameLatin", "Matrix", "familyNameLatin", "Speaker", "affiliation", "SCO RATS"),
                "/api/v1/speakers/" + w.speaker));
        read("GET /api/v1/rooms", w -> "/api/v1/rooms?conferenceId=" + w.conference);
        write("POST /api/v1/rooms", (w, c) -> new Call("POST", "/api/v1/rooms", MatrixWorld.room(w.conference),
                "/api/v1/rooms?conferenceId=" + w.conference));
        read("GET /api/v1/rooms/{id}", w -> "/api/v1/rooms/" + w.room);
        write("PUT /api/v1/rooms/{id}", (w, c) -> new Call("PUT", "/api/v1/rooms/" + w.room, MatrixWorld.room(w.conference),
                "/api/v1/rooms/" + w.room));
        write("POST /api/v1/conferences/{conferenceId}/program/seed", (w, c) -> {
            String conference = w.freshConferenceInAgenda();
            return new Call("POST", "/api/v1/conferences/" + conference + "/program/seed?program=sco-rats-2024", null,
                    "/api/v1/conferences/" + conference + "/sessions");
        });
        write("POST /api/v1/conferences/{conferenceId}/program/releases", (w, c) -> new Call("POST",
                conference(w) + "/program/releases", Map.of("comment", "Matrix " + c.column()), conference(w) + "/program/releases"));

        // agenda-service: the published program, for everyone
        read("GET /api/v1/conferences/{conferenceId}/program", w -> conference(w) + "/program");
        read("GET /api/v1/conferences/{conferenceId}/program/calendar.ics", w -> conference(w) + "/program/calendar.ics");
        read("GET /api/v1/conferences/{conferenceId}/program/schedule.json", w -> conference(w) + "/program/schedule.json");
        read("GET /api/v1/conferences/{conferenceId}/program/changes", w -> conference(w) + "/program/changes?from="
                + (w.release - 1) + "&to=" + w.release);
        read("GET /api/v1/conferences/{conferenceId}/program/releases", w -> conference(w) + "/program/releases");
        read("GET /api/v1/conferences/{conferenceId}/program/releases/{number}",
                w -> conference(w) + "/program/releases/" + w.release);
        read("GET /api/v1/conferences/{conferenceId}/program/sessions/{sessionId}/calendar.ics",
                w -> conference(w) + "/program/sessions/" + w.session + "/calendar.ics");
        read("GET /api/v1/conferences/{conferenceId}/program/speakers/{speakerId}/calendar.ics",
                w -> conference(w) + "/program/speakers/" + w.speaker + "/calendar.ics");

        // agenda-service: talks' materials, and the published program's
        write("POST /api/v1/talks/{talkId}/materials", (w, c) -> new Call("POST", "/api/v1/talks/" + w.talk
                + "/materials?fileName=matrix.pdf", MatrixWorld.slides(), "/api/v1/talks/" + w.talk + "/materials",
                "application/pdf"));
        read("GET /api/v1/talks/{talkId}/materials", w -> "/api/v1/talks/" + w.talk + "/materials");
        read("GET /api/v1/materials/{id}", w -> "/api/v1/materials/" + w.material);
        write("DELETE /api/v1/materials/{id}", (w, c) -> {
            String talk = w.freshTalk(); // not the world's, whose materials are limited in number
            return new Call("DELETE", "/api/v1/materials/" + w.freshMaterial(talk), null, "/api/v1/talks/" + talk + "/materials");
        });
        read("GET /api/v1/conferences/{conferenceId}/program/materials", w -> conference(w) + "/program/materials");
        read("GET /api/v1/conferences/{conferenceId}/program/materials/{materialId}",
                w -> conference(w) + "/program/materials/" + w.material);

        // agenda-service: feedback on the sessions (A, approved, has rated the world's session; neither A nor B
        // speaks in it or chairs it)
        write("PUT /api/v1/sessions/{sessionId}/feedback/mine", (w, c) -> new Call("PUT",
                "/api/v1/sessions/" + w.session + "/feedback/mine", Map.of("rating", 4), conference(w) + "/feedback"));
        read("GET /api/v1/sessions/{sessionId}/feedback/mine", w -> "/api/v1/sessions/" + w.session + "/feedback/mine");
        read("GET /api/v1/sessions/{sessionId}/feedback", w -> "/api/v1/sessions/" + w.session + "/feedback");
        read("GET /api/v1/sessions/{sessionId}/feedback/summary", w -> "/api/v1/sessions/" + w.session + "/feedback/summary");
        read("GET /api/v1/conferences/{conferenceId}/feedback", w -> conference(w) + "/feedback");
        read("GET /api/v1/conferences/{conferenceId}/session-interest", w -> conference(w) + "/session-interest");

        // agenda-service: a delegate's own agenda
        read("GET /api/v1/conferences/{conferenceId}/my-agenda", w -> conference(w) + "/my-agenda");
        write("PUT /api/v1/conferences/{conferenceId}/my-agenda/sessions/{sessionId}", (w, c) -> new Call("PUT",
                conference(w) + "/my-agenda/sessions/" + w.session, null, null));
        write("DELETE /api/v1/conferences/{conferenceId}/my-agenda/sessions/{sessionId}", (w, c) -> new Call("DELETE",
                conference(w) + "/my-agenda/sessions/" + w.session, null, null));

        // notification-service
        read("GET /api/v1/conferences/{conferenceId}/inbox", w -> conference(w) + "/inbox");
        read("GET /api/v1/conferences/{conferenceId}/logistics-inbox", w -> conference(w) + "/logistics-inbox");
        write("POST /api/v1/inbox/{noticeId}/read", (w, c) -> new Call("POST", "/api/v1/inbox/" + w.notice + "/read", null, null));
        // The probe is the audit trail's announcements: the list's delivery counts move as the mails go out.
        write("POST /api/v1/conferences/{conferenceId}/announcements", (w, c) -> new Call("POST",
                conference(w) + "/announcements", MatrixWorld.announcementToA(),
                "/api/v1/audit/notification?resource=announcements&conference=" + w.conference));
        write("POST /api/v1/conferences/{conferenceId}/announcement-previews", (w, c) -> new Call("POST",
                conference(w) + "/announcement-previews", MatrixWorld.announcementToA(), null));
        read("GET /api/v1/conferences/{conferenceId}/announcements", w -> conference(w) + "/announcements");
        read("GET /api/v1/announcements/{id}", w -> "/api/v1/announcements/" + w.announcement);
        read("GET /api/v1/mail-deliveries", w -> "/api/v1/mail-deliveries");
        write("POST /api/v1/mail-deliveries/{id}/resend", (w, c) -> new Call("POST",
                "/api/v1/mail-deliveries/" + w.mailDelivery + "/resend", null, null));
        read("GET /api/v1/webhook-subscriptions", w -> "/api/v1/webhook-subscriptions");
        write("POST /api/v1/webhook-subscriptions", (w, c) -> {
            Map<String, Object> body = new LinkedHashMap<>(w.subscription());
            if (c == Caller.ORGANIZER || c == Caller.ADMIN) {
                body.put("organizationCode", ORGANIZATION_A); // organizers say for whom; a partner's is its own
            }
            return new Call("POST", "/api/v1/webhook-subscriptions", body, "/api/v1/webhook-subscriptions");
        });
        read("GET /api/v1/webhook-subscriptions/{id}", w -> "/api/v1/webhook-subscriptions/" + w.subscription);
        write("DELETE /api/v1/webhook-subscriptions/{id}", (w, c) -> {
            String id = w.freshSubscription();
            return new Call("DELETE", "/api/v1/webhook-subscriptions/" + id, null, "/api/v1/webhook-subscriptions/" + id);
        });
        write("PUT /api/v1/webhook-subscriptions/{id}", (w, c) -> {
            String id = w.freshSubscription();
            Map<String, Object> body = new LinkedHashMap<>(w.subscription());
            body.remove("secret");
            body.put("eventTypes", List.of("org.scorats.conference.registration.participant.approved",
                    "org.scorats.conference.registration.participant.rejected"));
            body.put("active", true);
            return new Call("PUT", "/api/v1/webhook-subscriptions/" + id, body, "/api/v1/webhook-subscriptions/" + id);
        });
        write("POST /api/v1/webhook-subscriptions/{id}/secret-rotation", (w, c) -> {
            String id = w.freshSubscription(); // the world's own keeps the secret its endpoint verifies with
            return new Call("POST", "/api/v1/webhook-subscriptions/" + id + "/secret-rotation", Map.of(),
                    "/api/v1/webhook-subscriptions/" + id);
        });
        read("GET /api/v1/webhook-subscriptions/{id}/deliveries",
                w -> "/api/v1/webhook-subscriptions/" + w.subscription + "/deliveries");
        write("POST /api/v1/webhook-deliveries/{id}/redeliver", (w, c) -> {
            w.awaitWebhookDelivered(); // the last redelivery is out, so this one does not meet the sender at work
            return new Call("POST", "/api/v1/webhook-deliveries/" + w.webhookDelivery + "/redeliver", null, null);
        });

        // dead letters of the consuming services
        for (String service : List.of("registration", "agenda", "notification")) {
            String base = "/api/v1/dead-letters/" + service;
            read("GET " + base, w -> base);
            read("GET " + base + "/{id}", w -> base + "/" + UNKNOWN);
            write("POST " + base + "/replay", (w, c) -> new Call("POST", base + "/replay", null, null));
            write("POST " + base + "/{id}/replay", (w, c) -> new Call("POST", base + "/" + UNKNOWN + "/replay", null, null));
        }

        // the audit trail of each service: an entry about CIS-ATC's people where there is one
        read("GET /api/v1/audit/registration", w -> "/api/v1/audit/registration");
        read("GET /api/v1/audit/registration/{id}", w -> "/api/v1/audit/registration/"
                + w.auditEntry("registration", "participantId=" + w.participantA));
        read("GET /api/v1/audit/agenda", w -> "/api/v1/audit/agenda");
        read("GET /api/v1/audit/agenda/{id}", w -> "/api/v1/audit/agenda/" + UNKNOWN);
        read("GET /api/v1/audit/notification", w -> "/api/v1/audit/notification");
        read("GET /api/v1/audit/notification/{id}", w -> "/api/v1/audit/notification/"
                + w.auditEntry("notification", "resource=webhook-subscriptions&resourceId=" + w.subscription));
    }

    private static Map<String, Object> withCode(Map<String, Object> person, String code) {
        person.put("invitationCode", code);
        return person;
    }

    private static Map<String, Object> organization(String code) {
        return Map.of("code", code, "name", Map.of("en", "Matrix organization " + code, "ru", "Организация " + code),
                "kind", "international-organization");
    }

    private static String freshOrganization(MatrixWorld w) {
        String code = "MX-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        w.api.post("/api/v1/organizations", w.token(Caller.ORGANIZER), organization(code)).expect(201);
        return code;
    }

    private MatrixRecipes() {
    }
}
