package org.scorats.conference.registration.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.input.MailAddress;
import org.scorats.conference.registration.domain.Attendance;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.ParticipantRole;
import org.scorats.conference.registration.domain.Transport;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A registration, or its new state. Names go in the person's own script and in Latin letters as
 * in the passport; for Latin-script names both are the same.
 *
 * @param organizationCode whose delegation the person joins; partners may omit it (their own)
 * @param invitationCode    the delegation's invitation code, needed by a person registering themself
 */
@Schema(name = "ParticipantRequest", example = """
        {"organizationCode": "CIS-ATC", "givenName": "Иван", "familyName": "Петров",
         "givenNameLatin": "Ivan", "familyNameLatin": "Petrov", "email": "i.petrov@example.org",
         "phone": "+7 495 000 00 00", "telegram": "@ipetrov", "language": "ru", "role": "delegate",
         "attendance": "in-person",
         "arrival": {"at": "2024-09-03T18:40:00+05:00", "transport": "flight", "reference": "HY 602"},
         "dietaryNeeds": "halal", "privacyConsent": true, "publicListingConsent": true,
         "passportNumber": "75 1234567", "dateOfBirth": "1980-04-12"}""")
public record ParticipantRequest(
        @Size(max = 32) String organizationCode,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[\\p{sc=Latin} .'-]+$", message = "Latin letters only") String givenNameLatin,
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[\\p{sc=Latin} .'-]+$", message = "Latin letters only") String familyNameLatin,
        @NotBlank @MailAddress @Size(max = 200) String email,
        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()-]+$", message = "digits, spaces, + ( ) - only") String phone,
        @Size(max = 64) String telegram,
        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()-]+$", message = "digits, spaces, + ( ) - only") String whatsapp,
        @NotNull Language language,
        @NotNull ParticipantRole role,
        @NotNull Attendance attendance,
        @Valid Arrival arrival,
        @Size(max = 500) String dietaryNeeds,
        @Size(max = 500) String accessibilityNeeds,
        @NotNull @AssertTrue(message = "must be given to register") Boolean privacyConsent,
        Boolean publicListingConsent,
        @Size(max = 40) String passportNumber,
        @Past LocalDate dateOfBirth,
        @Schema(description = "Registering yourself: the code your delegation's partner or head gave you; never stored")
        @Size(max = 40) String invitationCode) {

    /** How an in-person participant reaches Tashkent. */
    @Schema(name = "ParticipantArrival")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Arrival(
            @NotNull OffsetDateTime at,
            Transport transport,
            @Schema(description = "Flight or train number") @Size(max = 40) String reference,
            @Size(max = 500) String notes) {
    }
}
