package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.scorats.conference.conventions.persistence.SealedText;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.door.BadgeKey;
import org.scorats.conference.door.Ed25519;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** An Ed25519 key signing one conference's badges and door lists; retired keys still verify. */
@Audited(value = "badge-keys", conferenceField = "conferenceId")
@Entity
@Table(name = "badge_key")
public class BadgeSigningKey extends PanacheEntityBase {

    @Id
    public String kid;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    /** The raw public key, base64url, as a JWK's {@code x}. */
    @Column(name = "public_x", nullable = false)
    public String publicX;

    /** PKCS#8, base64; sealed at rest like passport data. */
    @Convert(converter = SealedText.class)
    @Column(name = "private_key", nullable = false)
    public String privateKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    public static BadgeSigningKey generate(String conferenceId) {
        KeyPair pair = Ed25519.generate();
        BadgeSigningKey key = new BadgeSigningKey();
        key.kid = conferenceId + "-" + UUID.randomUUID().toString().substring(0, 8);
        key.conferenceId = conferenceId;
        key.publicX = Ed25519.x(pair.getPublic());
        key.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        key.createdAt = StoredTime.now();
        return key;
    }

    public PrivateKey signing() {
        return Ed25519.privateKey(Base64.getDecoder().decode(privateKey));
    }

    public BadgeKey published() {
        return BadgeKey.of(kid, Ed25519.publicKey(publicX));
    }
}
