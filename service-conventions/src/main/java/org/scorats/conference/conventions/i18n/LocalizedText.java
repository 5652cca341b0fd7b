package org.scorats.conference.conventions.i18n;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    public static final List<String> LANGUAGES = List.of("en", "zh", "ru");

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

    /** Where readers look when a text is missing in their language: theirs, then English, Russian, Chinese. */
    public static List<String> fallbackOrder(String language) {
        List<String> order = new java.util.ArrayList<>(List.of(language));
        List.of("en", "ru", "zh").stream().filter(l -> !l.equals(language)).forEach(order::add);
        return List.copyOf(order);
    }

    /** The text in {@code language}, or in the first language of its fallback order that has it. */
    public String in(String language) {
        return fallbackOrder(language).stream().map(this::get).flatMap(Optional::stream).findFirst().orElse(null);
    }

    /** The languages in which every one of {@code texts} is given (absent texts are ignored). */
    public static List<String> completeLanguages(Collection<LocalizedText> texts) {
        List<LocalizedText> given = texts.stream().filter(Objects::nonNull).toList();
        return LANGUAGES.stream().filter(language -> given.stream().allMatch(t -> t.get(language).isPresent())).toList();
    }

    /** The languages this text is given in, in the order en, zh, ru. */
    public List<String> languages() {
        return LANGUAGES.stream().filter(language -> get(language).isPresent()).toList();
    }

    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            get(language).ifPresent(text -> map.put(language, text));
        }
        return map;
    }
}
