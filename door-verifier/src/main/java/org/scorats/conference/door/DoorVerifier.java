package org.scorats.conference.door;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks badges at a door with no network, against a signed door list. The device trusts the
 * badge keys it pinned when it was last online (the public JWKS); the door list must be signed by
 * one of them, and then lends the door its own list of keys, people and revocations.
 */
public final class DoorVerifier {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DoorList list;
    private final Map<String, PublicKey> keys = new HashMap<>();
    private final Map<String, DoorList.Entry> admitted;
    private final Set<String> revoked;

    private DoorVerifier(DoorList list) {
        this.list = list;
        for (BadgeKey key : list.keys()) {
            keys.put(key.kid(), key.publicKey());
        }
        this.admitted = list.admitted().stream().collect(Collectors.toMap(DoorList.Entry::badge, e -> e, (a, b) -> a));
        this.revoked = new HashSet<>(list.revoked());
    }

    /** Signs a door list: what registration-service serves to door devices. */
    public static String sign(DoorList list, String kid, PrivateKey key) {
        try {
            return CompactJws.sign(kid, DoorList.TYPE, JSON.writeValueAsBytes(list), key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param signedList the door list as served ({@code signed})
     * @param trusted    the keys the device pinned
     * @throws MalformedTokenException when the list is unreadable or not signed by a trusted key
     */
    public static DoorVerifier open(String signedList, Collection<BadgeKey> trusted) {
        CompactJws.Parsed parsed = CompactJws.parse(signedList);
        Function<String, BadgeKey> byId = kid -> trusted.stream().filter(k -> kid.equals(k.kid())).findFirst().orElse(null);
        BadgeKey key = byId.apply(parsed.kid());
        if (!DoorList.TYPE.equals(parsed.type()) || key == null || !parsed.verifiedBy(key.publicKey())) {
            throw new MalformedTokenException("door list is not signed by a trusted key");
        }
        try {
            return new DoorVerifier(JSON.readValue(parsed.payload(), DoorList.class));
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedTokenException("door list content is unreadable");
        }
    }

    public DoorList list() {
        return list;
    }

    public Verdict verify(String token, Instant at) {
        BadgeClaims claims;
        try {
            claims = BadgeToken.verify(token, keys::get);
        } catch (MalformedTokenException e) {
            return new Verdict(Verdict.Outcome.MALFORMED, "the code " + e.getMessage(), null);
        } catch (BadgeToken.ForgedException e) {
            return BadgeToken.claimedConference(token).filter(c -> !c.equals(list.conference()))
                    .map(c -> new Verdict(Verdict.Outcome.OTHER_CONFERENCE, "the badge claims to be for " + c, null))
                    .orElseGet(() -> new Verdict(Verdict.Outcome.FORGED, "the badge " + e.getMessage(), null));
        }
        DoorList.Entry person = admitted.getOrDefault(claims.badge(), new DoorList.Entry(claims.badge(),
                claims.participant(), claims.name(), claims.nameLatin(), claims.organization(), claims.role(),
                claims.attendance()));
        if (!list.conference().equals(claims.conference())) {
            return new Verdict(Verdict.Outcome.OTHER_CONFERENCE, "the badge is for " + claims.conference(), person);
        }
        if (revoked.contains(claims.badge())) {
            return new Verdict(Verdict.Outcome.REVOKED, "the badge was revoked", person);
        }
        if (claims.expiredAt(at)) {
            return new Verdict(Verdict.Outcome.EXPIRED, "the badge expired", person);
        }
        if (!claims.validAt(at) || at.isBefore(list.validFrom()) || !at.isBefore(list.validUntil())
                || !admitted.containsKey(claims.badge())) {
            return new Verdict(Verdict.Outcome.NOT_VALID_TODAY, "the badge is not valid on " + list.day(), person);
        }
        return new Verdict(Verdict.Outcome.VALID, "admitted", person);
    }
}
