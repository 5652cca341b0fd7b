package org.scorats.conference.door;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DoorVerifierTest {

    private static final Instant DAY_ONE = Instant.parse("2024-09-04T03:00:00Z");
    private static final Instant DAY_ONE_ENDS = Instant.parse("2024-09-04T19:00:00Z");

    private final KeyPair old = Ed25519.generate();
    private final KeyPair current = Ed25519.generate();
    private final List<BadgeKey> pinned = List.of(BadgeKey.of("k1", old.getPublic()), BadgeKey.of("k2", current.getPublic()));

    private final BadgeClaims chen = claims("sco-rats-2024", "K7Q2M9XD3F");
    private final BadgeClaims ivanov = claims("sco-rats-2024", "R4T8W2ZQ6M");

    @Test
    void aBadgeOnTheListIsValidAndOneSignedWithARotatedKeyStillIs() {
        DoorVerifier door = door(List.of(entry(chen), entry(ivanov)), List.of());
        assertThat(door.verify(BadgeToken.sign(chen, "k2", current.getPrivate()), DAY_ONE.plusSeconds(3600)))
                .satisfies(v -> {
                    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.VALID);
                    assertThat(v.person().name()).isEqualTo("陈静");
                });
        assertThat(door.verify(BadgeToken.sign(ivanov, "k1", old.getPrivate()), DAY_ONE.plusSeconds(3600)).outcome())
                .isEqualTo(Verdict.Outcome.VALID);
    }

    @Test
    void revokedForgedTruncatedForeignAndUntimelyBadgesAreTurnedAway() {
        DoorVerifier door = door(List.of(entry(chen)), List.of("R4T8W2ZQ6M"));
        String token = BadgeToken.sign(chen, "k2", current.getPrivate());
        Instant noon = DAY_ONE.plusSeconds(5 * 3600);

        assertThat(door.verify(BadgeToken.sign(ivanov, "k2", current.getPrivate()), noon).outcome())
                .isEqualTo(Verdict.Outcome.REVOKED);
        assertThat(door.verify(token.substring(0, token.length() - 10), noon).outcome())
                .isEqualTo(Verdict.Outcome.MALFORMED);
        assertThat(door.verify("K7Q2M9XD3F", noon).outcome()).isEqualTo(Verdict.Outcome.MALFORMED);
        String[] parts = token.split("\\.");
        String altered = parts[0] + "." + Ed25519.base64url(new String(Ed25519.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("陈静", "王伟").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(door.verify(altered, noon).outcome()).isEqualTo(Verdict.Outcome.FORGED);
        KeyPair stranger = Ed25519.generate();
        assertThat(door.verify(BadgeToken.sign(chen, "k2", stranger.getPrivate()), noon).outcome())
                .isEqualTo(Verdict.Outcome.FORGED);
        assertThat(door.verify(BadgeToken.sign(chen, "k9", stranger.getPrivate()), noon).outcome())
                .isEqualTo(Verdict.Outcome.FORGED);
        assertThat(door.verify(BadgeToken.sign(claims("sco-rats-2025", "K7Q2M9XD3F"), "k2", current.getPrivate()), noon)
                .outcome()).isEqualTo(Verdict.Outcome.OTHER_CONFERENCE);
        assertThat(door.verify(token, DAY_ONE.minusSeconds(3600)).outcome()).isEqualTo(Verdict.Outcome.NOT_VALID_TODAY);
        assertThat(door.verify(token, Instant.parse("2024-09-06T00:00:00Z")).outcome()).isEqualTo(Verdict.Outcome.EXPIRED);
    }

    @Test
    void aDoorListNotSignedByAPinnedKeyIsRefused() {
        DoorList list = list(List.of(entry(chen)), List.of());
        KeyPair stranger = Ed25519.generate();
        assertThatThrownBy(() -> DoorVerifier.open(DoorVerifier.sign(list, "k2", stranger.getPrivate()), pinned))
                .isInstanceOf(MalformedTokenException.class);
        assertThatThrownBy(() -> DoorVerifier.open(BadgeToken.sign(chen, "k2", current.getPrivate()), pinned))
                .as("a badge is not a door list").isInstanceOf(MalformedTokenException.class);
    }

    @Test
    void theCommandLineVerifiesTokensAgainstFiles(@TempDir Path dir) throws Exception {
        Path keys = Files.writeString(dir.resolve("keys.json"), DoorVerifier.JSON.writeValueAsString(
                java.util.Map.of("keys", pinned)));
        Path list = Files.writeString(dir.resolve("door-list.json"), DoorVerifier.JSON.writeValueAsString(
                java.util.Map.of("signed", DoorVerifier.sign(list(List.of(entry(chen)), List.of("R4T8W2ZQ6M")), "k2",
                        current.getPrivate()))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = {"--keys", keys.toString(), "--door-list", list.toString(), "--at", "2024-09-04T09:00:00Z",
                BadgeToken.sign(chen, "k2", current.getPrivate())};
        assertThat(VerifyCommand.run(args, new PrintStream(out), new PrintStream(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"outcome\":\"valid\"").contains("陈静");

        out.reset();
        args[args.length - 1] = BadgeToken.sign(ivanov, "k1", old.getPrivate());
        assertThat(VerifyCommand.run(args, new PrintStream(out), new PrintStream(err))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"outcome\":\"revoked\"");

        assertThat(VerifyCommand.run(new String[]{"--keys", keys.toString()}, new PrintStream(out), new PrintStream(err)))
                .isEqualTo(2);
    }

    private DoorVerifier door(List<DoorList.Entry> admitted, List<String> revoked) {
        return DoorVerifier.open(DoorVerifier.sign(list(admitted, revoked), "k2", current.getPrivate()), pinned);
    }

    private DoorList list(List<DoorList.Entry> admitted, List<String> revoked) {
        return new DoorList("sco-rats-2024", LocalDate.parse("2024-09-04"), DAY_ONE, DAY_ONE_ENDS,
                DAY_ONE.minusSeconds(86400), pinned, admitted, revoked);
    }

    private static BadgeClaims claims(String conference, String badge) {
        return new BadgeClaims(conference, badge, UUID.nameUUIDFromBytes(badge.getBytes(StandardCharsets.UTF_8)),
                badge.startsWith("K") ? "陈静" : "Иванов Пётр", badge.startsWith("K") ? "Chen Jing" : "Ivanov Petr",
                "CN", "delegate", "in-person", Instant.parse("2024-09-03T00:00:00Z").getEpochSecond(),
                Instant.parse("2024-09-05T19:00:00Z").getEpochSecond());
    }

    private static DoorList.Entry entry(BadgeClaims c) {
        return new DoorList.Entry(c.badge(), c.participant(), c.name(), c.nameLatin(), c.organization(), c.role(),
                c.attendance());
    }
}
