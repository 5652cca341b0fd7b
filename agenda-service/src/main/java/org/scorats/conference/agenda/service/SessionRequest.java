package org.scorats.conference.agenda.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.SessionKind;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SessionRequest", example = """
        {"kind": "thematic-session",
         "title": {"en": "Session III: Combating money laundering and terrorist financing",
                   "ru": "Сессия III: Противодействие отмыванию денег и финансированию терроризма",
                   "zh": "第三场会议：打击洗钱和恐怖主义融资"},
         "topics": [{"en": "Forms and methods of financing terrorism, new types of threats in this area"}],
         "startsAt": "2024-09-05T09:30:00+05:00", "endsAt": "2024-09-05T11:30:00+05:00",
         "roomId": "2d7c1c1e-9b4a-4a8e-9a51-4a3f1c1b2d10", "chairIds": [], "languages": ["ru"], "interpretation": ["en", "zh"]}""")
public record SessionRequest(
        @NotNull SessionKind kind,
        @Valid @NotNull LocalizedText title,
        @Valid LocalizedText description,
        @Size(max = 30) List<@Valid @NotNull LocalizedText> topics,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        UUID roomId,
        @Size(max = 10) List<@NotNull UUID> chairIds,
        @Size(max = 3) List<@NotNull @Pattern(regexp = "^(en|zh|ru)$", message = "must be en, zh or ru") String> languages,
        @Size(max = 3) List<@NotNull @Pattern(regexp = "^(en|zh|ru)$", message = "must be en, zh or ru") String> interpretation) {
}
