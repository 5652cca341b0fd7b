package org.scorats.conference.registration.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The organizer's office and the local emergency numbers, sent to every approved participant.
 * Office numbers only: personal mobile numbers of staff never go here.
 */
@Schema(name = "ConferenceContacts", example = "{\"phone\": \"+998 78 120 43 66\", \"email\": \"conference@ecrats.org\", \"emergencyNumbers\": ["
        + "{\"service\": \"fire\", \"number\": \"101\"}, {\"service\": \"police\", \"number\": \"102\"}, "
        + "{\"service\": \"ambulance\", \"number\": \"103\"}, {\"service\": \"emergency\", \"number\": \"105\"}]}")
public record Contacts(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[+0-9 ()-]+$", message = "digits, spaces, + ( ) - only") String phone,
        @Email @Size(max = 200) String email,
        @NotNull @Size(max = 10) List<@Valid @NotNull EmergencyNumber> emergencyNumbers) {

    /** @param service fire, police, ambulance or emergency */
    @Schema(name = "EmergencyNumber")
    public record EmergencyNumber(
            @NotBlank @Pattern(regexp = "^(fire|police|ambulance|emergency)$") String service,
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[+0-9 ()-]+$") String number) {
    }
}
