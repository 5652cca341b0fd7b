package org.scorats.conference.notification.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.util.List;

/**
 * What the organizers tell whom. The subject is the mail's subject and the inbox title, one line of
 * at most {@link #SUBJECT_MAX} characters in each language; the text is given in the same languages.
 */
@Schema(name = "AnnouncementRequest", example = """
        {"subject": {"en": "Buses to the venue on 4 September", "ru": "Автобусы к месту проведения 4 сентября",
                     "zh": "9月4日前往会场的班车"},
         "text": {"en": "Buses leave the Hyatt Regency at 08:15 and 08:45. Please have your badge with you.",
                  "ru": "Автобусы отправляются от Hyatt Regency в 08:15 и 08:45. Пожалуйста, возьмите с собой бейдж.",
                  "zh": "班车于08:15和08:45从凯悦酒店出发。请随身携带胸牌。"},
         "audience": {"statuses": ["approved"], "attendance": "in-person"}}""")
public record AnnouncementRequest(
        @NotNull @Valid LocalizedText subject,
        @NotNull @Valid LocalizedText text,
        @Valid AnnouncementAudience audience) {

    static final int SUBJECT_MAX = 200;

    /**
     * Who is told: every participant of the conference in one of the statuses (approved and
     * checked-in when none are given) who also matches each other list that is given.
     */
    @Schema(name = "AnnouncementAudience")
    public record AnnouncementAudience(
            @Size(max = 4) List<@NotNull @Pattern(regexp = STATUS, message = STATUS_MESSAGE) String> statuses,
            @Size(max = 200) List<@NotBlank @Size(max = 32) String> organizations,
            @Size(max = 6) List<@NotNull @Pattern(regexp = ROLE, message = ROLE_MESSAGE) String> roles,
            @Pattern(regexp = ATTENDANCE, message = ATTENDANCE_MESSAGE) String attendance) {

        static final List<String> DEFAULT_STATUSES = List.of("approved", "checked-in");
        static final String STATUS = "^(submitted|waitlisted|approved|checked-in)$";
        static final String STATUS_MESSAGE = "must be one of submitted, waitlisted, approved, checked-in";
        static final String ROLE = "^(delegate|speaker|high-level-guest|observer|press|staff)$";
        static final String ROLE_MESSAGE = "must be one of delegate, speaker, high-level-guest, observer, press, staff";
        static final String ATTENDANCE = "^(in-person|remote)$";
        static final String ATTENDANCE_MESSAGE = "must be in-person or remote";
    }
}
