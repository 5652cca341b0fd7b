package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.scorats.conference.devinfra.testing.WebhookReceiver;
import org.scorats.conference.e2e.AuthorizationMatrixTest.Caller;
import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.ApiClient.Answer;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the authorization matrix calls the operations on: a conference with the delegations of
 * CIS-ATC and CSTO, delegate A registered themself into CIS-ATC's and delegate B into CSTO's, a
 * person CIS-ATC's system synced, a seeded and released program, a room, a webhook subscription of
 * CIS-ATC with a delivery, A's approval mail and inbox notice. Operations that use up what they
 * act on (delete, withdraw, seed) get a fresh one for each call.
 */
final class MatrixWorld {

    static final String ORGANIZATION_A = "CIS-ATC";
    static final String ORGANIZATION_B = "CSTO";
    static final String EMAIL_A = "delegate@conference.example";
    static final String EMAIL_B = "delegate-ru@conference.example";
    private static final Duration TOKEN_LIFE = Duration.ofSeconds(200); // Keycloak's live 300 s

    final Platform platform;
    final ApiClient api;
    final WebhookReceiver receiver;
    final String conference;
    final String delegationA;
    final String participantA;
    final String participantB;
    final String externalId = "MATRIX-1";
    String session;
    String speaker;
    String talk;
    String room;
    int release;
    String subscription;
    String notice;
    String mailDelivery;
    String webhookDelivery;
    String letterA;
    String letterReferenceA;
    String announcement;
    String material;

    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final Map<Caller, Long> issued = new EnumMap<>(Caller.class);

    private MatrixWorld(Platform platform, WebhookReceiver receiver) {
        this.platform = platform;
        this.api = platform.api();
        this.receiver = receiver;
        // Seats for everyone the operations register afresh: letters, deletions, withdrawals.
        this.conference = platform.newConference(100, ORGANIZATION_A, ORGANIZATION_B);
        this.delegationA = platform.delegationOf(conference, ORGANIZATION_A);
        this.participantA = registerSelf(conference, Caller.DELEGATE_A, ORGANIZATION_A);
        this.participantB = registerSelf(conference, Caller.DELEGATE_B, ORGANIZATION_B);
    }

    static MatrixWorld build(Platform platform, WebhookReceiver receiver) {
        MatrixWorld w = new MatrixWorld(platform, receiver);
        String organizer = w.token(Caller.ORGANIZER);
        w.api.put(w.syncPath(w.externalId), w.token(Caller.PARTNER_CIS), person(null, "m-synced@matrix.example"))
                .expect(201);
        w.subscription = w.subscribe();
        w.api.post("/api/v1/participants/" + w.participantA + "/transitions", organizer, Map.of("action", "approve"))
                .expect(200);
        w.letterA = w.api.post("/api/v1/participants/" + w.participantA + "/visa-letters", w.token(Caller.DELEGATE_A),
                letterRequest()).expect(201).body().path("id").asText();
        w.letterReferenceA = w.api.post("/api/v1/visa-letters/" + w.letterA + "/decision", organizer,
                Map.of("decision", "approve")).expect(200).body().path("reference").asText();

        w.seed(w.conference);
        String program = "/api/v1/conferences/" + w.conference;
        w.session = w.api.get(program + "/sessions", organizer).expect(200).body().path(0).path("id").asText();
        w.speaker = w.api.post(program + "/speakers", organizer, Map.of("givenNameLatin", "Matrix", "familyNameLatin",
                "Speaker")).expect(201).body().path("id").asText();
        w.talk = w.freshTalk();
        w.room = w.api.post("/api/v1/rooms", organizer, room(w.conference)).expect(201).body().path("id").asText();
        w.api.post(program + "/program/releases", organizer, Map.of("comment", "Matrix")).expect(201);
        w.freshSession(); // something for the second release to change
        w.release = w.api.post(program + "/program/releases", organizer, Map.of("comment", "Matrix, second"))
                .expect(201).body().path("number").asInt();

        w.material = w.freshMaterial(w.talk); // the talk is in the release: public at once
        Platform.await("agenda-service to know A approved", Platform.MAIL_WAIT, () -> w.api.put("/api/v1/sessions/"
                + w.session + "/feedback/mine", w.token(Caller.DELEGATE_A), Map.of("rating", 5)).status() == 200 ? true : null);

        w.notice = Platform.await("A's approval in A's inbox", Platform.MAIL_WAIT, () -> first(
                w.api.get(program + "/inbox", w.token(Caller.DELEGATE_A)).expect(200).body().path("items")));
        w.announcement = w.api.post(program + "/announcements", organizer, announcementToA()).expect(201).body().path("id").asText();
        w.mailDelivery = Platform.await("A's approval mail", Platform.MAIL_WAIT, () -> w.platform.mailDeliveriesTo(EMAIL_A)
                .stream().map(d -> d.path("id").asText()).findFirst().orElse(null));
        w.webhookDelivery = Platform.await("the approval webhook at CIS-ATC", Platform.MAIL_WAIT, () -> first(w.api.get(
                "/api/v1/webhook-subscriptions/" + w.subscription + "/deliveries", w.token(Caller.PARTNER_CIS))
                .expect(200).body().path("items")));
        return w;
    }

    /** A token of the caller, taken again before Keycloak's expires. */
    String token(Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            return null;
        }
        Long at = issued.get(caller);
        if (at == null || System.nanoTime() - at > TOKEN_LIFE.toNanos()) {
            tokens.put(caller, switch (caller) {
                case DELEGATE_A -> platform.user("delegate");
                case DELEGATE_B -> platform.user("delegate-ru");
                case PARTNER_CIS -> platform.partner("cis-atc-sync");
                case PARTNER_CSTO -> platform.partner("csto-sync");
                case NO_ROLE -> platform.user("visitor");
                case ORGANIZER -> platform.user("organizer");
                case ADMIN -> platform.user("admin");
                case DOOR -> platform.door();
                case ANONYMOUS -> throw new IllegalStateException();
            });
            issued.put(caller, System.nanoTime());
        }
        return tokens.get(caller);
    }

    /** Waits until the world's webhook delivery is sent (again), so a redelivery does not meet the sender at work. */
    void awaitWebhookDelivered() {
        Platform.await("the webhook delivery delivered", Platform.MAIL_WAIT, () -> {
            for (JsonNode d : api.get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries", token(Caller.PARTNER_CIS))
                    .expect(200).body().path("items")) {
                if (d.path("id").asText().equals(webhookDelivery) && d.path("status").asText().equals("sent")) {
                    return true;
                }
            }
            return null;
        });
    }

    /** The newest audit entry of a service that a query finds, as the organizer reads the trail. */
    String auditEntry(String service, String query) {
        return first(api.get("/api/v1/audit/" + service + "?limit=1&" + query, token(Caller.ORGANIZER)).expect(200)
                .body().path("items"));
    }

    /** What the organizer sees at a path, to compare before and after a refused write. */
    String probe(String path) {
        Answer answer = api.get(path, token(Caller.ORGANIZER));
        return answer.status() + " " + answer.text();
    }

    String syncPath(String externalId) {
        return "/api/v1/conferences/" + conference + "/organizations/" + ORGANIZATION_A + "/participants/" + externalId;
    }

    /** A conference of its own in which A is not registered yet, with its invitation code for CIS-ATC. */
    Fresh freshConference() {
        String id = platform.newConference(ORGANIZATION_A, ORGANIZATION_B);
        return new Fresh(id, platform.invitationCode(id, ORGANIZATION_A));
    }

    record Fresh(String conference, String invitationCode) {
    }

    /** A's own registration, in a conference of its own, for the operations that end it. */
    String freshRegistrationOfA() {
        return registerSelf(platform.newConference(ORGANIZATION_A, ORGANIZATION_B), Caller.DELEGATE_A, ORGANIZATION_A);
    }

    /** Someone the organizers registered into CIS-ATC's delegation. */
    String freshParticipant() {
        return api.post("/api/v1/conferences/" + conference + "/participants", token(Caller.ORGANIZER),
                person(ORGANIZATION_A, freshEmail())).expect(201).body().path("id").asText();
    }

    /** Someone CIS-ATC's system synced, by the system's own id. */
    String freshExternalId() {
        String externalId = "MATRIX-" + UUID.randomUUID().toString().substring(0, 8);
        api.put(syncPath(externalId), token(Caller.PARTNER_CIS), person(null, freshEmail())).expect(201);
        return externalId;
    }

    /** A request for a letter for someone the organizers registered; issued when {@code issued}. */
    String freshLetter(boolean issued) {
        String organizer = token(Caller.ORGANIZER);
        String letter = api.post("/api/v1/participants/" + freshParticipant() + "/visa-letters", organizer, letterRequest())
                .expect(201).body().path("id").asText();
        if (issued) {
            api.post("/api/v1/visa-letters/" + letter + "/decision", organizer, Map.of("decision", "approve")).expect(200);
        }
        return letter;
    }

    static Map<String, Object> letterRequest() {
        return Map.of("nationality", "KZ", "passportNumber", "N12345678", "embassy",
                "Embassy of the Republic of Uzbekistan in Astana", "travelFrom", "2024-09-02", "travelUntil", "2024-09-06");
    }

    String freshSession() {
        return api.post("/api/v1/conferences/" + conference + "/sessions", token(Caller.ORGANIZER), session())
                .expect(201).body().path("id").asText();
    }

    String freshTalk() {
        return newTalk(freshSession());
    }

    String freshSubscription() {
        return subscribe();
    }

    /** A conference agenda-service knows, with an empty draft. */
    String freshConferenceInAgenda() {
        String id = platform.newConference(ORGANIZATION_A);
        awaitInAgenda(id);
        return id;
    }

    /** A new material of a talk. */
    String freshMaterial(String talk) {
        return api.send("POST", "/api/v1/talks/" + talk + "/materials?fileName=matrix.pdf", token(Caller.ORGANIZER),
                slides(), Map.of("Content-Type", "application/pdf")).expect(201).body().path("id").asText();
    }

    /** A file as the talks' materials take it: a PDF, by its first bytes. */
    static byte[] slides() {
        return "%PDF-1.4\n% matrix\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Something the organizers tell CIS-ATC's approved people (A among them). */
    static Map<String, Object> announcementToA() {
        return Map.of("subject", Map.of("en", "Matrix announcement"), "text", Map.of("en", "For CIS-ATC's delegation."),
                "audience", Map.of("organizations", List.of(ORGANIZATION_A)));
    }

    static String freshEmail() {
        return "m-" + UUID.randomUUID().toString().substring(0, 8) + "@matrix.example";
    }

    /** A registration as the 10th conference's form sends it; organizationCode null for a partner's sync. */
    static Map<String, Object> person(String organizationCode, String email) {
        Map<String, Object> person = new LinkedHashMap<>();
        if (organizationCode != null) {
            person.put("organizationCode", organizationCode);
        }
        person.put("givenName", "Айгуль");
        person.put("familyName", "Матрица");
        person.put("givenNameLatin", "Aigul");
        person.put("familyNameLatin", "Matritsa");
        person.put("email", email);
        person.put("language", "ru");
        person.put("role", "delegate");
        person.put("attendance", "in-person");
        person.put("privacyConsent", true);
        return person;
    }

    static Map<String, Object> session() {
        return Map.of("kind", "thematic-session", "title", Map.of("en", "Matrix session", "ru", "Сессия матрицы"),
                "startsAt", "2024-09-05T14:00:00+05:00", "endsAt", "2024-09-05T15:00:00+05:00");
    }

    static Map<String, Object> talk() {
        return Map.of("title", Map.of("en", "Matrix talk"), "startsAt", "2024-09-05T14:10:00+05:00",
                "endsAt", "2024-09-05T14:30:00+05:00", "language", "en");
    }

    static Map<String, Object> room(String conference) {
        return Map.of("conferenceId", conference, "name", Map.of("en", "Room " + UUID.randomUUID().toString().substring(0, 6)),
                "capacity", 40, "interpretation", List.of("en", "ru"));
    }

    Map<String, Object> subscription() {
        return Map.of("url", receiver.url(), "eventTypes", List.of("org.scorats.conference.registration.participant.approved"),
                "secret", receiver.secret());
    }

    private String subscribe() {
        return api.post("/api/v1/webhook-subscriptions", token(Caller.PARTNER_CIS), subscription()).expect(201)
                .body().path("id").asText();
    }

    private String newTalk(String session) {
        return api.post("/api/v1/sessions/" + session + "/talks", token(Caller.ORGANIZER), talk()).expect(201)
                .body().path("id").asText();
    }

    private String registerSelf(String conference, Caller who, String organization) {
        Map<String, Object> self = person(organization, who == Caller.DELEGATE_A ? EMAIL_A : EMAIL_B);
        self.put("invitationCode", platform.invitationCode(conference, organization));
        return api.post("/api/v1/conferences/" + conference + "/participants", token(who), self).expect(201)
                .body().path("id").asText();
    }

    /** agenda-service learns of a conference from registration's events. */
    private void awaitInAgenda(String conference) {
        Platform.await(conference + " in agenda-service", Platform.MAIL_WAIT, () -> api.get("/api/v1/conferences/"
                + conference + "/sessions", token(Caller.ORGANIZER)).status() == 200 ? true : null);
    }

    private void seed(String conference) {
        awaitInAgenda(conference);
        api.post("/api/v1/conferences/" + conference + "/program/seed?program=sco-rats-2024", token(Caller.ORGANIZER), null)
                .expect(201);
    }

    private static String first(JsonNode items) {
        return items.size() == 0 ? null : items.path(0).path("id").asText();
    }
}
