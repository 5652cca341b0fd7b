package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.repository.DelegationRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;

import java.util.List;

/**
 * What changed for one organization's participants since a partner's cursor, so the partner can
 * mirror our data without reading it whole. Each participant appears once per read, in its latest
 * state; deletions appear as tombstones, withdrawals as status {@code withdrawn}.
 */
@ApplicationScoped
public class ParticipantChangeFeed {

    /**
     * @param nextCursor where to read on from; always given, also when nothing changed
     * @param more       whether more changes wait right now
     */
    public record Changes(List<Participant> changed, String nextCursor, boolean more) {
    }

    private final ParticipantRepository participants;
    private final DelegationRepository delegations;
    private final RegistrationAccess access;

    ParticipantChangeFeed(ParticipantRepository participants, DelegationRepository delegations, RegistrationAccess access) {
        this.participants = participants;
        this.delegations = delegations;
        this.access = access;
    }

    @Transactional
    public Changes since(String conferenceId, String organizationCode, PageRequest request) {
        access.requireSyncFor(organizationCode);
        delegations.requireOf(conferenceId, organizationCode);
        long xid = request.after() == null ? 0 : Long.parseLong(request.after().key(0));
        long seq = request.after() == null ? 0 : Long.parseLong(request.after().key(1));
        long horizon = participants.changeHorizon();
        List<Participant> rows = participants.changesAfter(conferenceId, organizationCode, xid, seq, horizon,
                request.lookahead());
        boolean more = rows.size() > request.limit();
        List<Participant> changed = more ? rows.subList(0, request.limit()) : rows;
        Participant last = changed.isEmpty() ? null : changed.get(changed.size() - 1);
        Cursor next = last == null ? Cursor.of(xid, seq) : Cursor.of(last.changeXid, last.changeSeq);
        return new Changes(List.copyOf(changed), next.encode(), more);
    }
}
