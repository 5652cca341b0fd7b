package org.scorats.conference.agenda.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.util.List;

@Schema(name = "RoomRequest", example = """
        {"conferenceId": "sco-rats-2024", "name": {"en": "Plenary hall", "zh": "全体会议厅", "ru": "Пленарный зал"},
         "capacity": 220, "interpretation": ["en", "zh", "ru"]}""")
public record RoomRequest(
        @NotBlank @Size(max = 64) String conferenceId,
        @Valid @NotNull LocalizedText name,
        @NotNull @Positive @Max(10_000) Integer capacity,
        @Schema(description = "Languages with an interpretation channel")
        @NotNull @Size(max = 3) List<@NotNull @Pattern(regexp = "^(en|zh|ru)$", message = "must be en, zh or ru") String> interpretation) {
}
