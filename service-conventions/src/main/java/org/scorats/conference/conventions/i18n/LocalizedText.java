package org.scorats.conference.conventions.i18n;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A text in the conference's working languages. English is required: it is the language every
 * reader falls back to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Text in English (required), Chinese and Russian",
        example = "{\"en\": \"International cooperation in the fight against terrorism\", "
                + "\"zh\": \"打击恐怖主义的国际合作\", \"ru\": \"Международное сотрудничество в борьбе с терроризмом\"}")
public record LocalizedText(
        @NotBlank @Size(max = 2000) String en,
        @Size(max = 2000) String zh,
        @Size(max = 2000) String ru) {

    public static LocalizedText of(Map<String, String> byLanguage) {
        return new LocalizedText(byLanguage.get("en"), byLanguage.get("zh"), byLanguage.get("ru"));
    }

    public Optional<String> get(String language) {
        String text = switch (language) {
            case "en" -> en;
            case "zh" -> zh;
            case "ru" -> ru;
            default -> null;
        };
        return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }

    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String language : List.of("en", "zh", "ru")) {
            get(language).ifPresent(text -> map.put(language, text));
        }
        return map;
    }
}
