package org.scorats.conference.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's wording in one of the working languages (templates/NAME_LANG.properties, UTF-8):
 * texts with {placeholders}, dates and country names as that language writes them.
 */
final class Template {

    static final List<String> LANGUAGES = List.of("en", "zh", "ru");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Properties texts = new Properties();
    private final Locale locale;

    Template(String name, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no " + name + " in " + language + "; the working languages are " + LANGUAGES);
        }
        this.locale = language.equals("en") ? Locale.UK : Locale.forLanguageTag(language); // 4 September 2024
        try (InputStream in = Template.class.getResourceAsStream("templates/" + name + "_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String key, Map<String, String> values) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("template text " + key + " is missing");
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    String text(String key) {
        return text(key, Map.of());
    }

    /** 4 September 2024, 4 сентября 2024 г., 2024年9月4日. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** The country of an ISO 3166 code, in this language (from the JDK's CLDR data). */
    String country(String isoCode) {
        String name = new Locale("", isoCode).getDisplayCountry(locale);
        return name.isBlank() ? isoCode : name;
    }

    /** The text for this language, else English, else any. */
    static String in(Map<String, String> byLanguage, String language) {
        if (byLanguage == null || byLanguage.isEmpty()) {
            return "";
        }
        return byLanguage.getOrDefault(language, byLanguage.getOrDefault("en", byLanguage.values().iterator().next()));
    }
}
