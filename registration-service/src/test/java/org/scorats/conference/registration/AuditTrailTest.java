package org.scorats.conference.registration;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.conventions.audit.AuditRetention;
import org.scorats.conference.registration.domain.Attendance;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ParticipantRole;
import org.scorats.conference.registration.domain.ParticipantStatus;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The audit trail: written with each change in its transaction, masked, read back by who may. */
@QuarkusTest
class AuditTrailTest {

    private static final String TRAIL = "/api/v1/audit/registration";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditRetention retention;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Test
    void aSuccessfulWriteLeavesExactlyOneEntryAndARefusedOneNone() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("AU", "member-state");
        Fixtures.delegation(conference, organization, 10);
        String email = Fixtures.email();
        String ivan = given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .header("X-Request-Id", "req-audit-1").header("X-Forwarded-For", "203.0.113.99, 198.51.100.7")
                .body(Fixtures.russianDelegate(organization, email)).post("/api/v1/conferences/{c}/participants", conference)
                .then().statusCode(201).extract().path("id");
        assertThat(writesAbout(ivan)).isEqualTo(1);

        var entry = given().auth().oauth2(TestTokens.organizer())
                .get(TRAIL + "?resource=participants&resourceId={id}&action=create", ivan)
                .then().statusCode(200).extract().jsonPath();
        assertThat(entry.getList("items")).hasSize(1);
        assertThat(entry.getString("items[0].actorSubject")).isEqualTo("organizer-1");
        assertThat(entry.getString("items[0].actorRole")).isEqualTo("organizer");
        assertThat(entry.getString("items[0].requestId")).isEqualTo("req-audit-1");
        // The address the gateway appended, not the one a client wrote before it.
        assertThat(entry.getString("items[0].clientAddress")).isEqualTo("198.51.100.7");
        assertThat(entry.getString("items[0].organizationCode")).isEqualTo(organization);
        assertThat(entry.getString("items[0].conferenceId")).isEqualTo(conference);
        assertThat(entry.getString("items[0].changes.familyName.to")).isEqualTo("Петров");
        assertThat(entry.getString("items[0].changes.status.to")).isEqualTo("submitted");
        assertThat(entry.getString("items[0].changes.passportNumber.to")).isEqualTo("***");
        assertThat(entry.getString("items[0].changes.dateOfBirth.to")).isEqualTo("***");
        assertThat(entry.getMap("items[0].changes")).doesNotContainKeys("version", "searchText", "sortName");
        assertThat(entry.prettify()).doesNotContain("75 1234567", "1980-04-12");

        // Refused before the database (a taken email), by a version check, by validation: no entry.
        Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, email))
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").header("If-Match", "\"99\"")
                .body(Fixtures.russianDelegate(organization, email).replace("+7 495 000 00 00", "+7 495 111 11 11"))
                .put("/api/v1/participants/{id}", ivan).then().statusCode(412);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Fixtures.russianDelegate(organization, "not an email")).put("/api/v1/participants/{id}", ivan)
                .then().statusCode(400);
        assertThat(writesAbout(ivan)).isEqualTo(1);

        Fixtures.transition(TestTokens.organizer(), ivan, "approve", null).then().statusCode(200);
        assertThat(writesAbout(ivan)).isEqualTo(2);
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?resource=participants&resourceId={id}&action=update", ivan)
                .then().statusCode(200).body("items[0].changes.status.from", equalTo("submitted"))
                .body("items[0].changes.status.to", equalTo("approved"));
        // The badge issued in the same transaction has its own entry, about the same participant.
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?resource=badges&participantId={id}", ivan)
                .then().statusCode(200).body("items.action", equalTo(List.of("create")))
                .body("items[0].changes", not(hasKey("token")));
    }

    @Test
    void aTransactionThatFailsAfterItsStatementsRanLeavesNoEntry() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("AF", "member-state");
        UUID delegation = UUID.fromString(Fixtures.delegation(conference, organization, 10));
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.persist(participant(id, conference, organization, delegation));
            entityManager.flush(); // the insert and its audit entry have run...
            assertThat(countInTransaction(id)).isEqualTo(1);
            throw new IllegalStateException("...and then the transaction fails");
        })).hasMessageContaining("fails");
        assertThat(writesAbout(id.toString())).isZero();

        // The flush at commit writes the entry; a failure after it, still before the commit, takes both back.
        UUID atCommit = UUID.randomUUID();
        AtomicLong seenBeforeCommit = new AtomicLong(-1);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.persist(participant(atCommit, conference, organization, delegation));
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    seenBeforeCommit.set(countInTransaction(atCommit)); // Hibernate has flushed: the entry is written
                    throw new IllegalStateException("a failure after the flush, before the commit");
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        }));
        assertThat(seenBeforeCommit.get()).isEqualTo(1);
        assertThat(writesAbout(atCommit.toString())).isZero();

        UUID kept = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Participant p = participant(kept, conference, organization, delegation);
            entityManager.persist(p);
            p.phone = "+998 71 000 00 00"; // changed after persist, before the flush: still one create
        });
        assertThat(writesAbout(kept.toString())).isEqualTo(1);
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?resourceId={id}", kept)
                .then().statusCode(200).body("items[0].actorSubject", equalTo("system"))
                .body("items[0].changes.phone.to", equalTo("+998 71 000 00 00"));
    }

    @Test
    void organizersReadingPassportDataAreRecordedPartnersSeeOnlyTheirOwnPeople() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("AR", "member-state");
        String other = Fixtures.organization("AO", "observer-state");
        Fixtures.delegation(conference, organization, 10);
        Fixtures.delegation(conference, other, 10);
        String ivan = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
        String stranger = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(other, Fixtures.email()))
                .then().statusCode(201).extract().path("id");

        long before = sealedReadsOf(ivan); // the organizer who registered Ivan was shown his passport in the answer
        given().auth().oauth2(TestTokens.partner(organization)).get("/api/v1/participants/{id}", ivan).then().statusCode(200);
        assertThat(sealedReadsOf(ivan)).isEqualTo(before); // a partner is never shown the passport
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}", ivan).then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/participants?organization={o}", conference, organization)
                .then().statusCode(200);
        assertThat(sealedReadsOf(ivan)).isEqualTo(before + 2);
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?action=read-sealed&participantId={id}", ivan)
                .then().statusCode(200).body("items[0].changes.passportNumber.shown", equalTo("***"))
                .body("items[0].actorRole", equalTo("organizer"));

        String partner = TestTokens.partner(organization);
        var own = given().auth().oauth2(partner).get(TRAIL + "?conference={c}&limit=200", conference)
                .then().statusCode(200).body("items.participantId", hasItem(ivan))
                .body("items.participantId", not(hasItem(stranger))).extract().jsonPath();
        String strangersEntry = given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?resourceId={id}", stranger)
                .then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(partner).get(TRAIL + "/{id}", strangersEntry).then().statusCode(404);
        given().auth().oauth2(partner).get(TRAIL + "/{id}", own.getString("items[0].id")).then().statusCode(200);
        given().auth().oauth2(partner).get(TRAIL + "?resourceId={id}", stranger).then().statusCode(200)
                .body("items", empty());

        given().get(TRAIL).then().statusCode(401);
        given().auth().oauth2(TestTokens.delegate("d-" + UUID.randomUUID())).get(TRAIL).then().statusCode(403);
        given().auth().oauth2(TestTokens.door()).get(TRAIL).then().statusCode(403);
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?action=erase").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("action"));
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?since=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?since=2024-06-02T00:00:00Z&until=2024-06-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("until"));
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?cursor=Zm9yZ2Vk").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor")).body(not(containsString("Exception")));
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "/not-a-uuid").then().statusCode(400);
        // Read-only: there is nothing to change or delete an entry with.
        given().auth().oauth2(TestTokens.admin()).delete(TRAIL + "/{id}", strangersEntry).then().statusCode(405);
    }

    @Test
    void theTrailIsPagedByTimeAndActor() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("AP", "member-state");
        Fixtures.delegation(conference, organization, 10);
        for (int i = 0; i < 3; i++) {
            Fixtures.register(TestTokens.organizer(), conference, Fixtures.chineseDelegate(organization, Fixtures.email()))
                    .then().statusCode(201);
        }
        var first = given().auth().oauth2(TestTokens.organizer())
                .get(TRAIL + "?conference={c}&resource=participants&limit=2", conference).then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).extract();
        String cursor = first.path("nextCursor");
        given().auth().oauth2(TestTokens.organizer())
                .get(TRAIL + "?conference={c}&resource=participants&limit=2&cursor={k}", conference, cursor)
                .then().statusCode(200).body("items.size()", equalTo(1))
                .body("items.id", not(hasItem(first.path("items[0].id").toString())));
        given().auth().oauth2(TestTokens.organizer())
                .get(TRAIL + "?conference={c}&actor=organizer-1", conference)
                .then().statusCode(200).body("items.actorRole", everyItem(equalTo("organizer")));
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?conference={c}&actor=someone-else", conference)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(TestTokens.organizer()).get(TRAIL + "?conference={c}&since=2999-01-01T00:00:00Z", conference)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void entriesCannotBeChangedAndLeaveOnlyByRetention() throws SQLException {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO audit_entry (id, created_at, actor_subject, actor_role, action, resource, resource_id, changes)
                VALUES (?, now() - ?::interval, 'organizer', 'organizer', 'update', 'participants', 'p', '{}')""")) {
            insert.setObject(1, old);
            insert.setString(2, "3 years");
            insert.executeUpdate();
            insert.setObject(1, recent);
            insert.setString(2, "1 day");
            insert.executeUpdate();
            assertThatThrownBy(() -> connection.createStatement()
                    .executeUpdate("UPDATE audit_entry SET actor_subject = 'someone else' WHERE id = '" + recent + "'"))
                    .hasMessageContaining("audit entries are never changed");
        }
        QuarkusTransaction.requiringNew().run(() -> retention.work(retention.claim(10_000)));
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private static Participant participant(UUID id, String conference, String organization, UUID delegation) {
        Participant p = new Participant();
        p.id = id;
        p.delegationId = delegation;
        p.conferenceId = conference;
        p.organizationCode = organization;
        p.givenName = "Ali";
        p.familyName = "Karimov";
        p.givenNameLatin = "Ali";
        p.familyNameLatin = "Karimov";
        p.email = Fixtures.email();
        p.language = Language.RU;
        p.role = ParticipantRole.DELEGATE;
        p.attendance = Attendance.IN_PERSON;
        p.status = ParticipantStatus.SUBMITTED;
        p.privacyConsent = true;
        p.createdAt = Instant.now();
        p.updatedAt = p.createdAt;
        return p;
    }

    private long countInTransaction(UUID id) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM audit_entry WHERE resource_id = :id")
                .setParameter("id", id.toString()).getSingleResult()).longValue();
    }

    private long writesAbout(String resourceId) {
        return count("SELECT count(*) FROM audit_entry WHERE resource_id = ? AND action IN ('create', 'update', 'delete')",
                resourceId);
    }

    private long sealedReadsOf(String participantId) {
        return count("SELECT count(*) FROM audit_entry WHERE resource_id = ? AND action = 'read-sealed'", participantId);
    }

    private boolean exists(UUID id) {
        return count("SELECT count(*) FROM audit_entry WHERE id::text = ?", id.toString()) == 1;
    }

    private long count(String sql, String parameter) {
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            var rows = query.executeQuery();
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
