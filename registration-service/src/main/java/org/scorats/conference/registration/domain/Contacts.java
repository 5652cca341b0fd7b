package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.conventions.input.MailAddress;
import jakarta.validation.Valid;
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
        + "{\"service\": \"ambulance\", \"number\": \"103\"}, {\"service\": \"emergency\", \"number\": \"105\"}], "
        + "\"organizer\": {\"en\": \"Executive Committee of the SCO Regional Anti-Terrorist Structure\", "
        + "\"ru\": \"Исполнительный комитет РАТС ШОС\", \"zh\": \"上海合作组织地区反恐怖机构执行委员会\"}, "
        + "\"address\": {\"en\": \"22 Durmon Yo'li, Tashkent 100017, Uzbekistan\", "
        + "\"ru\": \"Узбекистан, 100017, Ташкент, ул. Дурмон йули, 22\", \"zh\": \"乌兹别克斯坦塔什干市杜尔蒙路22号，100017\"}}")
public record Contacts(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[+0-9 ()-]+$", message = "digits, spaces, + ( ) - only") String phone,
        @MailAddress @Size(max = 200) String email,
        @NotNull @Size(max = 10) List<@Valid @NotNull EmergencyNumber> emergencyNumbers,
        @Schema(description = "The host organization's name by language, for letterheads (invitation letters, "
                + "certificates); the conference's name when absent") @Valid LocalizedText organizer,
        @Schema(description = "The host's postal address by language, for letterheads; the venue when absent")
        @Valid LocalizedText address) {

    /** @param service fire, police, ambulance or emergency */
    @Schema(name = "EmergencyNumber")
    public record EmergencyNumber(
            @NotBlank @Pattern(regexp = "^(fire|police|ambulance|emergency)$") String service,
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[+0-9 ()-]+$") String number) {
    }
}
