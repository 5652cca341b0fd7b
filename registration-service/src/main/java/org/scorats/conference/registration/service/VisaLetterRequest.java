package org.scorats.conference.registration.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.Language;

import java.time.LocalDate;

/**
 * What an invitation letter needs: the passport it states (sealed at rest, shown to organizers
 * and on the letter only), where the applicant applies, when they travel.
 *
 * @param nationality ISO 3166 alpha-2 code of the passport's country
 * @param embassy     the embassy or consulate the letter is addressed to
 * @param language    the letter's language; the participant's when absent
 */
@Schema(name = "VisaLetterRequest", example = """
        {"nationality": "CN", "passportNumber": "E12345678", "passportExpiry": "2031-03-01",
         "embassy": "Embassy of the Republic of Uzbekistan in Beijing",
         "travelFrom": "2024-09-02", "travelUntil": "2024-09-07", "language": "zh"}""")
public record VisaLetterRequest(
        @NotBlank @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 country code such as CN") String nationality,
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Z0-9 -]+$", message = "capital letters, digits, spaces and dashes")
        String passportNumber,
        LocalDate passportExpiry,
        @NotBlank @Size(max = 200) String embassy,
        @NotNull LocalDate travelFrom,
        @NotNull LocalDate travelUntil,
        Language language) {
}
