package org.scorats.conference.agenda.service;

import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.conventions.problem.ProblemException;

import java.util.List;
import java.util.Locale;

/**
 * The language a reader asked for ({@code ?lang=} wins over {@code Accept-Language}; English
 * when neither names en, zh or ru) and the order texts fall back in when missing: that language,
 * then English, then Russian, then Chinese.
 */
public record ReaderLanguage(String language, List<String> fallbackOrder) {

    public static ReaderLanguage of(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            String asked = lang.strip().toLowerCase(Locale.ROOT);
            if (!LocalizedText.LANGUAGES.contains(asked)) {
                throw ProblemException.invalidField("lang", "must be en, zh or ru");
            }
            return of(asked);
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (LocalizedText.LANGUAGES.contains(primary) && range.getWeight() > 0) {
                        return of(primary);
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header is treated as absent, as HTTP allows
            }
        }
        return of("en");
    }

    private static ReaderLanguage of(String language) {
        return new ReaderLanguage(language, LocalizedText.fallbackOrder(language));
    }
}
