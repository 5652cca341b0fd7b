package org.scorats.conference.agenda.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A published program, frozen: its document is what the public reads, never edited after. */
@Audited(value = "program-releases", omit = "program")
@Entity
@Table(name = "program_release")
public class ProgramRelease extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "conference_id")
        public String conferenceId;

        public int number;

        public Key() {
        }

        public Key(String conferenceId, int number) {
            this.conferenceId = conferenceId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.number == number && key.conferenceId.equals(conferenceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conferenceId, number);
        }

        /** As the audit trail names a release: {@code sco-rats-2024/3}. */
        @Override
        public String toString() {
            return conferenceId + "/" + number;
        }
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String comment;

    /** The {@code ProgramDocument}, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String program;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
