package org.scorats.conference.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The invitation letter a delegate shows their embassy or consulate, in one of the working
 * languages: who invites, to what, when, the applicant as their passport names them, the travel
 * dates asked for, and a QR code of the public address that confirms the reference is genuine.
 *
 * @param conference   the conference's name by language
 * @param venue        where it is held, by language
 * @param nativeName   the name in the applicant's own script, printed when it differs from the Latin one
 * @param nationality  ISO 3166 alpha-2 code
 * @param dateOfBirth  null when not given
 * @param verifyUrl    the public verification address of {@code reference}
 */
public record InvitationLetter(String language, String reference, LocalDate issued, Letterhead letterhead,
                         Map<String, String> conference, Map<String, String> venue, LocalDate start, LocalDate end,
                         String embassy, String familyNameLatin, String givenNameLatin, String nativeName,
                         String nationality, String passportNumber, LocalDate dateOfBirth, String organization,
                         LocalDate travelFrom, LocalDate travelUntil, String verifyUrl) {

    /** Whether the letter can name the country of this ISO 3166 code (XX, say, is none). */
    public static boolean namesCountry(String isoCode) {
        return !new Locale("", isoCode).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(isoCode);
    }

    /** Whether the letter prints this text as written (an embassy typed in Persian, say, it cannot). */
    public static boolean prints(String text) {
        return DocumentFonts.prints(text);
    }

    public byte[] render() {
        Template t = new Template("visa-letter", language);
        Map<String, String> values = Map.of(
                "organizer", Template.in(letterhead.organizer(), language),
                "conference", Template.in(conference, language),
                "venue", Template.in(venue, language),
                "start", t.date(start), "end", t.date(end),
                "from", t.date(travelFrom), "until", t.date(travelUntil),
                "embassy", embassy, "reference", reference, "date", t.date(issued));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {t.text("fact.name"), familyNameLatin.toUpperCase(Locale.ROOT) + " " + givenNameLatin});
        // Left out when the fonts cannot set its script (Persian, Hindi): the Latin name above is the passport's.
        if (nativeName != null && !nativeName.equals(givenNameLatin + " " + familyNameLatin)
                && DocumentFonts.prints(nativeName)) {
            facts.add(new String[] {t.text("fact.native"), nativeName});
        }
        facts.add(new String[] {t.text("fact.nationality"), t.country(nationality)});
        facts.add(new String[] {t.text("fact.passport"), passportNumber});
        if (dateOfBirth != null) {
            facts.add(new String[] {t.text("fact.birth"), t.date(dateOfBirth)});
        }
        facts.add(new String[] {t.text("fact.organization"), organization});
        facts.add(new String[] {t.text("fact.travel"), t.text("travel", values)});
        return LetterSheet.render(new LetterSheet.Content(t.text("title"), letterhead.lines(language),
                t.text("reference", values), t.text("date", values), t.text("addressee", values),
                List.of(t.text("p1", values), t.text("p2", values)), facts,
                List.of(t.text("p3", values), "", t.text("closing"), Template.in(letterhead.organizer(), language)),
                verifyUrl, t.text("verify", values)), "Invitation " + reference);
    }
}
