package org.scorats.conference.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.scorats.conference.conventions.audit.Audited;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the organizers told a part of a conference's participants, once: it is never edited (the
 * mails are out), a correction is another announcement.
 */
@Audited(value = "announcements", conferenceField = "conferenceId")
@Entity
public class Announcement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    /** Language code to the mail's subject (and inbox title); English always given. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> subject;

    /** Language code to the message; given in the same languages as the subject. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> text;

    /** Whom it was for, as chosen: statuses, organizations, roles (empty: any), attendance (null: any). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Audience audience;

    /** How many people it reached when it was sent: the audience is not re-read later. */
    @Column(nullable = false)
    public int recipients;

    /** Of them, how many read each language. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recipients_by_language", nullable = false)
    public Map<String, Integer> recipientsByLanguage;

    /** The organizer's account. */
    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * For each language some readers read that the text is not given in, the language they read it in
     * instead: the first of their fallback order that is given.
     */
    public static Map<String, String> fallbacks(Map<String, String> text, Collection<String> readerLanguages) {
        LocalizedText given = LocalizedText.of(text);
        Map<String, String> fallbacks = new TreeMap<>();
        readerLanguages.stream().filter(language -> given.get(language).isEmpty())
                .forEach(language -> fallbacks.put(language, LocalizedText.fallbackOrder(language).stream()
                        .filter(l -> given.get(l).isPresent()).findFirst().orElseThrow()));
        return fallbacks;
    }

    /** Who is told: everyone of the conference in one of {@code statuses} who matches every other list given. */
    public record Audience(List<String> statuses, List<String> organizations, List<String> roles, String attendance) {
    }
}
