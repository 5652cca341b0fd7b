package org.scorats.conference.registration.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.registration.domain.Contacts;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.LateArrivalPolicy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A conference to create ({@code id} required) or its new state ({@code id} omitted or equal to the path's). */
@Schema(name = "RegistrationConferenceRequest", example = "{\"id\": \"sco-rats-2024\",\n" + ConferenceRequest.EXAMPLE_STATE + "}")
public record ConferenceRequest(
        @Schema(example = "sco-rats-2024", description = "Readable slug; fixed once created")
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{2,63}$", message = "lower-case letters, digits and hyphens, 3 to 64") String id,
        @Valid @NotNull LocalizedText name,
        @Schema(example = "2024-09-04") @NotNull LocalDate startDate,
        @Schema(example = "2024-09-05") @NotNull LocalDate endDate,
        @Schema(example = "Asia/Tashkent") @NotBlank @Size(max = 64) String timeZone,
        @Valid @NotNull LocalizedText venue,
        @Schema(example = "[\"en\", \"zh\", \"ru\"]") @NotEmpty @Size(max = 3) List<@NotNull Language> languages,
        @Schema(example = "200") @NotNull @Positive @Max(100_000) Integer capacity,
        @Schema(example = "2024-09-03T23:59:00+05:00", description = "In-person participants arrive by then; before the end of the last day (endDate)")
        @NotNull OffsetDateTime arrivalDeadline,
        @Schema(description = "refuse: late arrivals cannot register; flag: they can, marked lateArrival")
        @NotNull LateArrivalPolicy lateArrivalPolicy,
        @Schema(example = "2024-05-01T00:00:00+05:00") @NotNull OffsetDateTime registrationOpensAt,
        @Schema(example = "2024-08-20T23:59:00+05:00") @NotNull OffsetDateTime registrationClosesAt,
        @Valid @NotNull Contacts contacts) {

    /** The demo conference, as this request's example and the conference view's (with its id and version). */
    public static final String EXAMPLE_STATE = """
            "name": {"en": "10th International Scientific and Practical Conference of the SCO RATS: International cooperation in the fight against terrorism",
                     "zh": "上合组织地区反恐怖机构第十届国际科学与实践会议：打击恐怖主义国际合作",
                     "ru": "X Международная научно-практическая конференция РАТС ШОС «Международное сотрудничество в борьбе с терроризмом»"},
            "startDate": "2024-09-04", "endDate": "2024-09-05", "timeZone": "Asia/Tashkent",
            "venue": {"en": "SCO RATS Executive Committee, 22 Durmon Yo'li, Tashkent",
                      "zh": "塔什干市杜尔蒙路22号，上合组织地区反恐怖机构执行委员会",
                      "ru": "Исполнительный комитет РАТС ШОС, Ташкент, ул. Дурмон йули, 22"},
            "languages": ["en", "zh", "ru"], "capacity": 200, "arrivalDeadline": "2024-09-03T23:59:00+05:00",
            "lateArrivalPolicy": "flag", "registrationOpensAt": "2024-05-01T00:00:00+05:00",
            "registrationClosesAt": "2024-08-20T23:59:00+05:00",
            "contacts": {"phone": "+998 78 120 43 66", "email": "conference@ecrats.example",
                         "emergencyNumbers": [{"service": "fire", "number": "101"}, {"service": "police", "number": "102"},
                                              {"service": "ambulance", "number": "103"},
                                              {"service": "emergency", "number": "105"}]}""";
}
