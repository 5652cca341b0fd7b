package org.scorats.conference.registration.repository;

import org.scorats.conference.registration.domain.ParticipantFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.SortKeys;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ParticipantChanges;
import org.scorats.conference.registration.domain.ParticipantStatus;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    private static final SortKeys BY_NAME = SortKeys.of(String.class, UUID.class);
    private static final SortKeys BY_CHANGE = SortKeys.of(Long.class, Long.class);

    /** Deleted participants are tombstones for the change feed; everywhere else they do not exist. */
    public Participant require(UUID id) {
        return findByIdOptional(id).filter(p -> !p.isDeleted())
                .orElseThrow(() -> ProblemException.notFound("Participant", id));
    }

    public Optional<Participant> byExternalId(String conferenceId, String organizationCode, String externalId) {
        return find("conferenceId = ?1 AND organizationCode = ?2 AND externalId = ?3 AND deletedAt IS NULL",
                conferenceId, organizationCode, externalId).firstResultOptional();
    }

    /** The participants of the organization at the conference with these external ids, by external id: one query. */
    public Map<String, Participant> byExternalIds(String conferenceId, String organizationCode, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return new HashMap<>();
        }
        Map<String, Participant> found = new HashMap<>();
        list("conferenceId = ?1 AND organizationCode = ?2 AND externalId IN ?3 AND deletedAt IS NULL",
                conferenceId, organizationCode, externalIds).forEach(p -> found.put(p.externalId, p));
        return found;
    }

    /** Who uses each of these emails (in any case) at the conference: one query. */
    public Map<String, UUID> emailHolders(String conferenceId, Collection<String> emails) {
        Map<String, UUID> holders = new HashMap<>();
        if (emails.isEmpty()) {
            return holders;
        }
        getEntityManager().createQuery("SELECT p.email, p.id FROM Participant p WHERE p.conferenceId = :conference "
                        + "AND lower(p.email) IN :emails AND p.deletedAt IS NULL", Object[].class)
                .setParameter("conference", conferenceId)
                .setParameter("emails", emails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).distinct().toList())
                .getResultStream()
                .forEach(row -> holders.put((String) row[0], (UUID) row[1]));
        return holders;
    }

    public Optional<Participant> byAccount(String conferenceId, String subject) {
        return find("conferenceId = ?1 AND accountSubject = ?2 AND deletedAt IS NULL", conferenceId, subject)
                .firstResultOptional();
    }

    public boolean emailTaken(String conferenceId, String email, UUID exceptId) {
        return count("conferenceId = ?1 AND lower(email) = ?2 AND deletedAt IS NULL AND id <> ?3",
                conferenceId, email.toLowerCase(Locale.ROOT), exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    public long seatsTakenInDelegation(UUID delegationId) {
        return count("delegationId = ?1 AND status IN ?2 AND deletedAt IS NULL", delegationId, ParticipantStatus.SEAT_HOLDERS);
    }

    public long seatsTakenAtConference(String conferenceId) {
        return count("conferenceId = ?1 AND status IN ?2 AND deletedAt IS NULL", conferenceId, ParticipantStatus.SEAT_HOLDERS);
    }

    /** Participants matching every filter given (nulls match all), by Latin family name. */
    public Page<Participant> page(String conferenceId, ParticipantFilter filter, PageRequest request) {
        Cursor position = BY_NAME.after(request);
        String after = position == null ? null : position.key(0);
        UUID afterId = position == null ? null : position.value(1, UUID.class);
        var rows = find("""
                        conferenceId = :conference AND deletedAt IS NULL
                        AND (:status IS NULL OR status = :status)
                        AND (:delegation IS NULL OR delegationId = :delegation)
                        AND (:organization IS NULL OR organizationCode = :organization)
                        AND (:role IS NULL OR role = :role)
                        AND (:attendance IS NULL OR attendance = :attendance)
                        AND (:language IS NULL OR language = :language)
                        AND (:text IS NULL OR searchText LIKE :text ESCAPE '\\')
                        AND (:after IS NULL OR sortName > :after OR (sortName = :after AND id > :afterId))
                        ORDER BY sortName, id""",
                Parameters.with("conference", conferenceId)
                        .and("status", filter.status())
                        .and("delegation", filter.delegationId())
                        .and("organization", filter.organizationCode())
                        .and("role", filter.role())
                        .and("attendance", filter.attendance())
                        .and("language", filter.language())
                        .and("text", filter.text() == null ? null : "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%")
                        .and("after", after)
                        .and("afterId", afterId == null ? new UUID(0, 0) : afterId))
                .page(0, request.lookahead()).list();
        return BY_NAME.page(rows, request, p -> List.of(p.sortName, p.id));
    }

    /** In-person registrations holding a seat, optionally of one organization: who is to be met on arrival. */
    public List<Participant> arriving(String conferenceId, String organizationCode) {
        String query = "conferenceId = :conference AND attendance = :attendance AND status IN :statuses AND deletedAt IS NULL"
                + (organizationCode == null ? "" : " AND organizationCode = :organization")
                + " ORDER BY arrivalAt NULLS LAST, sortName, id";
        Parameters parameters = Parameters.with("conference", conferenceId)
                .and("attendance", org.scorats.conference.registration.domain.Attendance.IN_PERSON)
                .and("statuses", ParticipantStatus.SEAT_HOLDERS);
        return list(query, organizationCode == null ? parameters : parameters.and("organization", organizationCode));
    }

    public Map<UUID, Participant> byIds(Collection<UUID> ids) {
        Map<UUID, Participant> found = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id IN ?1", ids).forEach(p -> found.put(p.id, p));
        }
        return found;
    }

    public List<Participant> allOf(String conferenceId) {
        return list("conferenceId = ?1 AND deletedAt IS NULL ORDER BY sortName, id", conferenceId);
    }

    /**
     * The oldest transaction still running: every change stamped with a smaller transaction id is
     * committed (or rolled back) for good, so a feed may hand out cursors up to it.
     */
    public long changeHorizon() {
        Object horizon = getEntityManager()
                .createNativeQuery("SELECT CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS bigint)")
                .getSingleResult();
        return ((Number) horizon).longValue();
    }

    /**
     * The organization's changes after the request's cursor, in commit order, up to {@code horizon}
     * (see {@link #changeHorizon()}); the next cursor is after the last change read, or where the
     * reader stood when nothing changed.
     */
    public ParticipantChanges changesAfter(String conferenceId, String organizationCode, long horizon, PageRequest request) {
        Cursor position = BY_CHANGE.after(request);
        long xid = position == null ? 0 : position.value(0, Long.class);
        long seq = position == null ? 0 : position.value(1, Long.class);
        List<Participant> rows = find("""
                        conferenceId = :conference AND organizationCode = :organization
                        AND (changeXid > :xid OR (changeXid = :xid AND changeSeq > :seq))
                        AND changeXid < :horizon
                        ORDER BY changeXid, changeSeq""",
                Parameters.with("conference", conferenceId).and("organization", organizationCode)
                        .and("xid", xid).and("seq", seq).and("horizon", horizon))
                .page(0, request.lookahead()).list();
        boolean more = rows.size() > request.limit();
        List<Participant> changed = List.copyOf(more ? rows.subList(0, request.limit()) : rows);
        Participant last = changed.isEmpty() ? null : changed.get(changed.size() - 1);
        List<Object> next = last == null ? List.of(xid, seq) : List.of(last.changeXid, last.changeSeq);
        return new ParticipantChanges(changed, BY_CHANGE.cursor(next).encode(), more);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
