package org.scorats.conference.agenda.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "TalkRequest", example = """
        {"title": {"en": "Financing of terrorism through virtual assets", "ru": "Финансирование терроризма через виртуальные активы"},
         "startsAt": "2024-09-05T09:40:00+05:00", "endsAt": "2024-09-05T10:00:00+05:00", "language": "ru",
         "speakerIds": ["6f1c0c1e-0000-4000-8000-000000000001"]}""")
public record TalkRequest(
        @Valid @NotNull LocalizedText title,
        @Valid LocalizedText summary,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotNull @Pattern(regexp = "^(en|zh|ru)$", message = "must be en, zh or ru") String language,
        @Size(max = 10) List<@NotNull UUID> speakerIds) {
}
