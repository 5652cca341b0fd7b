package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.Instant;

/** A state, international organization or institute that sends people, e.g. {@code CIS-ATC}. */
@Audited(value = "organizations", organizationField = "code")
@Entity
public class Organization extends PanacheEntityBase {

    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText name;

    @Column(nullable = false)
    public OrganizationKind kind;

    /** ISO 3166-1 alpha-2, for organizations of one country. */
    public String country;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
