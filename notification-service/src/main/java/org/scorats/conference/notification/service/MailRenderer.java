package org.scorats.conference.notification.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.notification.domain.ConferenceInfo;
import org.scorats.conference.notification.domain.Notice;
import org.scorats.conference.notification.domain.Recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes notices in the recipient's language with the Qute templates under
 * {@code templates/mail/<language>/}: {@code subject.txt}; {@code notice.txt} and
 * {@code notice.html} for one notice (the text is also the inbox's); {@code mail.txt} and
 * {@code mail.html} around the notices of one burst. Times are the conference's local times,
 * written the way the language writes them.
 */
@ApplicationScoped
public class MailRenderer {

    /** An email's parts. */
    public record Rendered(String subject, String text, String html) {
    }

    /** A notice as the templates see it. */
    public record NoticeView(String kind, String reason, Integer release, List<ChangeView> changes, String reference,
                             String days, String previousDays, String subject, String text) {
    }

    /** One program change, its times and room already written out. */
    public record ChangeView(String kind, String item, String title, String before, String after) {
    }

    public record ConferenceView(String name, String venue, String arrivalDeadline, String phone, String email,
                                 List<EmergencyView> emergencyNumbers) {
    }

    public record EmergencyView(String service, String number) {
    }

    private final Engine engine;

    MailRenderer(Engine engine) {
        this.engine = engine;
    }

    public Rendered mail(Recipient recipient, ConferenceInfo conference, List<Notice> notices) {
        String language = languageOf(recipient);
        ConferenceView conferenceView = conference(conference, language);
        List<NoticeView> views = notices.stream().map(n -> view(n, conference, language)).toList();
        Map<String, Object> data = Map.of(
                "name", displayName(recipient),
                "conference", conferenceView,
                "notices", views,
                "texts", views.stream().map(v -> part(language, "notice.txt", v, conferenceView)).toList(),
                "htmls", views.stream().map(v -> part(language, "notice.html", v, conferenceView)).toList());
        return new Rendered(template(language, "subject.txt").render(data).strip(),
                template(language, "mail.txt").render(data), template(language, "mail.html").render(data));
    }

    /** One notice: its title (the subject it would have alone) and its text, for the inbox. */
    public Rendered notice(Recipient recipient, ConferenceInfo conference, Notice notice) {
        String language = languageOf(recipient);
        NoticeView view = view(notice, conference, language);
        ConferenceView conferenceView = conference(conference, language);
        Map<String, Object> single = Map.of("name", displayName(recipient), "conference", conferenceView,
                "notices", List.of(view));
        return new Rendered(template(language, "subject.txt").render(single).strip(),
                part(language, "notice.txt", view, conferenceView), null);
    }

    private String part(String language, String name, NoticeView notice, ConferenceView conference) {
        return template(language, name).data("n", notice).data("conference", conference).render().strip();
    }

    private Template template(String language, String name) {
        Template template = engine.getTemplate("mail/" + language + "/" + name);
        if (template == null) {
            throw new IllegalStateException("No template mail/" + language + "/" + name);
        }
        return template;
    }

    @SuppressWarnings("unchecked")
    private NoticeView view(Notice notice, ConferenceInfo conference, String language) {
        List<Map<String, Object>> changes = (List<Map<String, Object>>) notice.data.getOrDefault("changes", List.of());
        Object release = notice.data.get("release");
        return new NoticeView(notice.kind.code(), reason(notice, language),
                release == null ? null : ((Number) release).intValue(),
                changes.stream().map(c -> change(c, conference, language)).toList(), (String) notice.data.get("reference"),
                days(notice.data.get("startDate"), notice.data.get("endDate"), language),
                days(notice.data.get("previousStartDate"), notice.data.get("previousEndDate"), language),
                announced(notice.data.get("subject"), language), announced(notice.data.get("text"), language));
    }

    /** An announcement's subject or text in the reader's language, else in the first of its fallbacks given. */
    @SuppressWarnings("unchecked")
    private static String announced(Object byLanguage, String language) {
        return byLanguage == null ? null : LocalizedText.of((Map<String, String>) byLanguage).in(language);
    }

    /**
     * A reason the platform gave on its own (a code) in the reader's language, from
     * {@code reason.txt}; an organizer's words as they wrote them.
     */
    private String reason(Notice notice, String language) {
        Object code = notice.data.get("reasonCode");
        String worded = code == null ? "" : template(language, "reason.txt").data("code", code).render().strip();
        return worded.isEmpty() ? (String) notice.data.get("reason") : worded;
    }

    /** "4 September 2024 – 5 September 2024", as the reader's language writes dates. */
    private static String days(Object start, Object end, String language) {
        if (start == null || end == null) {
            return null;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language));
        return LocalDate.parse((String) start).format(format) + " – " + LocalDate.parse((String) end).format(format);
    }

    @SuppressWarnings("unchecked")
    private ChangeView change(Map<String, Object> change, ConferenceInfo conference, String language) {
        return new ChangeView((String) change.get("kind"), (String) change.get("item"),
                LocalizedText.of((Map<String, String>) change.get("title")).in(language),
                slot((Map<String, Object>) change.get("before"), conference, language),
                slot((Map<String, Object>) change.get("after"), conference, language));
    }

    @SuppressWarnings("unchecked")
    private static String slot(Map<String, Object> slot, ConferenceInfo conference, String language) {
        if (slot == null) {
            return null;
        }
        ZoneId zone = conference == null ? ZoneId.of("UTC") : conference.zone();
        Locale locale = Locale.forLanguageTag(language);
        var start = java.time.OffsetDateTime.parse((String) slot.get("startsAt")).atZoneSameInstant(zone);
        var end = java.time.OffsetDateTime.parse((String) slot.get("endsAt")).atZoneSameInstant(zone);
        String when = start.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale))
                + "–" + end.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
        Map<String, String> room = (Map<String, String>) slot.get("room");
        return room == null ? when : when + ", " + LocalizedText.of(room).in(language);
    }

    private static ConferenceView conference(ConferenceInfo c, String language) {
        if (c == null) {
            return new ConferenceView("", "", "", "", null, List.of());
        }
        Locale locale = Locale.forLanguageTag(language);
        return new ConferenceView(LocalizedText.of(c.name).in(language), LocalizedText.of(c.venue).in(language),
                format(c.arrivalDeadline, c.zone(), locale), c.contacts.phone(), c.contacts.email(),
                c.contacts.emergencyNumbers().stream().map(e -> new EmergencyView(e.service(), e.number())).toList());
    }

    private static String format(Instant instant, ZoneId zone, Locale locale) {
        return instant.atZone(zone).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale));
    }

    private static String languageOf(Recipient recipient) {
        return LocalizedText.LANGUAGES.contains(recipient.language) ? recipient.language : "en";
    }

    /** The name the person goes by in their own script, as it is written there. */
    private static String displayName(Recipient r) {
        boolean han = (r.familyName + r.givenName).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? r.familyName + r.givenName : (Objects.toString(r.givenName, "") + " " + Objects.toString(r.familyName, "")).strip();
    }
}
