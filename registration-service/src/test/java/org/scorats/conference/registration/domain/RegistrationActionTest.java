package org.scorats.conference.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorats.conference.registration.domain.ParticipantStatus.APPROVED;
import static org.scorats.conference.registration.domain.ParticipantStatus.CHECKED_IN;
import static org.scorats.conference.registration.domain.ParticipantStatus.REJECTED;
import static org.scorats.conference.registration.domain.ParticipantStatus.SUBMITTED;
import static org.scorats.conference.registration.domain.ParticipantStatus.WAITLISTED;
import static org.scorats.conference.registration.domain.ParticipantStatus.WITHDRAWN;

/** The registration workflow's table of moves, checked whole. */
class RegistrationActionTest {

    /** Every move and the statuses it may start from; everything else is refused. */
    private static final Map<RegistrationAction, Set<ParticipantStatus>> ALLOWED = Map.of(
            RegistrationAction.APPROVE, EnumSet.of(SUBMITTED, WAITLISTED),
            RegistrationAction.REJECT, EnumSet.of(SUBMITTED, WAITLISTED, APPROVED),
            RegistrationAction.WAITLIST, EnumSet.of(SUBMITTED),
            RegistrationAction.WITHDRAW, EnumSet.of(SUBMITTED, WAITLISTED, APPROVED),
            RegistrationAction.CHECK_IN, EnumSet.of(APPROVED));

    @Test
    void eachMoveStartsOnlyFromItsStatuses() {
        for (RegistrationAction action : RegistrationAction.values()) {
            for (ParticipantStatus status : ParticipantStatus.values()) {
                assertThat(action.allowedFrom(status))
                        .as("%s from %s", action, status)
                        .isEqualTo(ALLOWED.get(action).contains(status));
            }
        }
    }

    @Test
    void finalStatusesHaveNoWayOut() {
        for (ParticipantStatus end : EnumSet.of(REJECTED, WITHDRAWN, CHECKED_IN)) {
            assertThat(RegistrationAction.values()).noneMatch(action -> action.allowedFrom(end));
        }
    }

    @Test
    void eachMoveLeadsToItsOwnStatus() {
        assertThat(RegistrationAction.APPROVE.target()).isEqualTo(APPROVED);
        assertThat(RegistrationAction.REJECT.target()).isEqualTo(REJECTED);
        assertThat(RegistrationAction.WAITLIST.target()).isEqualTo(WAITLISTED);
        assertThat(RegistrationAction.WITHDRAW.target()).isEqualTo(WITHDRAWN);
        assertThat(RegistrationAction.CHECK_IN.target()).isEqualTo(CHECKED_IN);
    }

    @Test
    void onlyWithdrawingIsOpenToTheParticipantsSideAndOnlyARejectionNeedsAReason() {
        assertThat(RegistrationAction.values()).filteredOn(a -> !a.organizersOnly())
                .containsExactly(RegistrationAction.WITHDRAW);
        assertThat(RegistrationAction.values()).filteredOn(RegistrationAction::needsReason)
                .containsExactly(RegistrationAction.REJECT);
    }

    @Test
    void movesAreNamedByTheirWireCodes() {
        assertThat(RegistrationAction.CHECK_IN.code()).isEqualTo("check-in");
    }
}
