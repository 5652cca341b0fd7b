package org.scorats.conference.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.input.TypedParameters;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.registration.domain.Transport;
import org.scorats.conference.registration.service.ArrivalBoard;

import java.time.LocalDate;

@Path("/api/v1")
@Tag(name = "Arrivals", description = "Who arrives when, for the logistics desk")
@RolesAllowed({Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
public class ArrivalResource {

    private final ArrivalBoard board;

    ArrivalResource(ArrivalBoard board) {
        this.board = board;
    }

    @GET
    @Path("/conferences/{conferenceId}/arrivals")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getArrivalBoard", summary = "Arrivals by time, those without arrival details, late arrivals",
            description = "In-person registrations holding a seat (submitted, approved, checked in; remote participants "
                    + "excluded) by arrival time with transport and flight or train, late ones (after the deadline, the "
                    + "evening before day one) flagged; those who gave no arrival yet; counts per hour. Filters: `day` "
                    + "(in the conference's zone), `transport`, `organization`, `late=true`. A partner sees its own "
                    + "organization's people only.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ArrivalBoardView.class)))
    public ArrivalBoardView board(@PathParam("conferenceId") String conferenceId, @QueryParam("day") LocalDate day,
                                  @QueryParam("transport") String transport, @QueryParam("organization") String organization,
                                  @QueryParam("late") String late) {
        return ArrivalBoardView.of(board.board(conferenceId, filter(day, transport, organization, late)));
    }

    @GET
    @Path("/conferences/{conferenceId}/arrivals/export")
    @Produces("text/csv")
    @Operation(operationId = "exportArrivals", summary = "The arrival board as CSV (UTF-8 with BOM)",
            description = "The same rows as `getArrivalBoard`, arrivals by time then those without details, with phone "
                    + "and messenger contacts and travel notes for meeting people; UTF-8 with a byte order mark so "
                    + "spreadsheets keep Cyrillic and Chinese intact. The same filters and the same partner scope.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "arrivals", value = """
                    arrival_at,transport,reference,late,organization,family_name_latin,given_name_latin,family_name,\
                    given_name,status,role,phone,telegram,whatsapp,travel_notes
                    2024-09-03 18:40,flight,HY 602,false,CIS-ATC,Sokolov,Aleksei,Соколов,Алексей,approved,delegate,\
                    +7 495 000 00 00,,,
                    ,,,false,CN,Chen,Jing,陈,静,submitted,delegate,,,,""")))
    public Response export(@PathParam("conferenceId") String conferenceId, @QueryParam("day") LocalDate day,
                           @QueryParam("transport") String transport, @QueryParam("organization") String organization,
                           @QueryParam("late") String late) {
        return Response.ok(board.csv(conferenceId, filter(day, transport, organization, late)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + conferenceId + "-arrivals.csv\"").build();
    }

    private static ArrivalBoard.Filter filter(LocalDate day, String transport, String organization, String late) {
        if (late != null && !late.equals("true") && !late.equals("false")) {
            throw ProblemException.invalidField("late", "must be true or false");
        }
        return new ArrivalBoard.Filter(day, CodedEnum.fromParameter(Transport.class, "transport", transport),
                TypedParameters.filter(organization), "true".equals(late));
    }
}
