package org.scorats.conference.agenda.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;

/** What a speaker says of themself in the program: their biography, English and any of Chinese and Russian. */
@Schema(name = "SpeakerBiography", example = """
        {"biography": {"en": "Head of the analytical department of CIS ATC; twenty years in counter-terrorism research.",
                       "ru": "Начальник аналитического отдела АТЦ СНГ; двадцать лет в исследованиях противодействия терроризму."}}""")
public record SpeakerBiography(@NotNull @Valid LocalizedText biography) {
}
