package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.BadgeDesign;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.service.ArrivalBoard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * @param deadline arrivals after it are late (the evening before day one, the conference's offset)
 * @param missing  in-person registrations that gave no arrival yet (only without filters)
 * @param hours    how many arrive in each hour, for the desk's shifts
 */
@Schema(name = "ArrivalBoard", example = """
        {"conferenceId": "sco-rats-2024", "deadline": "2024-09-03T23:59:00+05:00",
         "arrivals": [{"participantId": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0", "organization": "CIS-ATC",
                       "name": "Алексей Соколов", "nameLatin": "Aleksei Sokolov", "status": "approved", "role": "delegate",
                       "at": "2024-09-03T18:40:00+05:00", "transport": "flight", "reference": "HY 602", "late": false,
                       "phone": "+7 495 000 00 00"}],
         "missing": [{"participantId": "b138d10a-ca06-4cda-99bf-a7928eab7f22", "organization": "CN", "name": "陈静",
                      "nameLatin": "Jing Chen", "status": "submitted", "role": "delegate", "late": false}],
         "hours": [{"start": "2024-09-03T18:00:00+05:00", "arriving": 1}]}""")
public record ArrivalBoardView(String conferenceId, OffsetDateTime deadline, List<Arrival> arrivals, List<Arrival> missing,
                               List<Hour> hours) {

    @Schema(name = "Arrival")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Arrival(UUID participantId, String organization, String name, String nameLatin, String status, String role,
                          OffsetDateTime at, String transport, String reference, boolean late, String phone,
                          String telegram, String whatsapp, String travelNotes) {
    }

    @Schema(name = "ArrivalHour")
    public record Hour(OffsetDateTime start, int arriving) {
    }

    static ArrivalBoardView of(ArrivalBoard.Board board) {
        var conference = board.conference();
        var zone = conference.zone();
        Function<Participant, Arrival> row = p -> new Arrival(p.id, p.organizationCode,
                BadgeDesign.nativeName(p),
                BadgeDesign.latinName(p), p.status.code(), p.role.code(),
                p.arrivalAt == null ? null : p.arrivalAt.atZone(zone).toOffsetDateTime(),
                p.arrivalTransport == null ? null : p.arrivalTransport.code(), p.arrivalReference,
                conference.isLate(p.arrivalAt), p.phone, p.telegram, p.whatsapp, p.travelNotes);
        return new ArrivalBoardView(conference.id, conference.arrivalDeadline.atZone(zone).toOffsetDateTime(),
                board.arrivals().stream().map(row).toList(), board.missing().stream().map(row).toList(),
                board.hours().stream().map(h -> new Hour(h.start().toOffsetDateTime(), h.arriving())).toList());
    }
}
