package org.scorats.conference.registration.domain;

import java.util.Map;

/**
 * How a role looks on a printed badge: the band's colour, which door staff read from a distance,
 * and its label in the conference's three working languages.
 */
public record BadgeDesign(int band, String label) {

    private static final Map<ParticipantRole, BadgeDesign> BY_ROLE = Map.of(
            ParticipantRole.DELEGATE, new BadgeDesign(0x1F5AA6, "DELEGATE · ДЕЛЕГАТ · 代表"),
            ParticipantRole.SPEAKER, new BadgeDesign(0xC0392B, "SPEAKER · ДОКЛАДЧИК · 发言人"),
            ParticipantRole.HIGH_LEVEL_GUEST, new BadgeDesign(0xB8860B, "HIGH-LEVEL GUEST · ПОЧЁТНЫЙ ГОСТЬ · 贵宾"),
            ParticipantRole.OBSERVER, new BadgeDesign(0x6A3D9A, "OBSERVER · НАБЛЮДАТЕЛЬ · 观察员"),
            ParticipantRole.PRESS, new BadgeDesign(0x2E8B57, "PRESS · ПРЕССА · 媒体"),
            ParticipantRole.STAFF, new BadgeDesign(0x4D4D4D, "STAFF · ПЕРСОНАЛ · 工作人员"));

    public static BadgeDesign of(ParticipantRole role) {
        return BY_ROLE.get(role);
    }

    /** A name as its own script writes it: family name first and unspaced in Chinese, given name first otherwise. */
    public static String nativeName(Participant p) {
        boolean han = (p.familyName + p.givenName).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? p.familyName + p.givenName : p.givenName + " " + p.familyName;
    }

    public static String latinName(Participant p) {
        return p.givenNameLatin + " " + p.familyNameLatin;
    }
}
