package org.scorats.conference.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The certificate of attendance an institution asks its delegate for: who attended which
 * conference on which days, the talks a speaker gave, and a QR code of the public address that
 * confirms the reference is genuine.
 *
 * @param nativeName the holder's name in their own script
 * @param latinName  the holder's name in Latin letters, as in their passport
 * @param days       the days attended, in order
 * @param talks      titles of the talks given, in this language; empty for delegates
 */
public record AttendanceCertificate(String language, String reference, LocalDate issued, Letterhead letterhead,
                                    Map<String, String> conference, Map<String, String> venue, String nativeName,
                                    String latinName, String organization, List<LocalDate> days, List<String> talks,
                                    String verifyUrl) {

    public byte[] render() {
        return LetterSheet.render(content(), "Certificate " + reference);
    }

    /** Many certificates as one file to print, one page each, in the order given. */
    public static byte[] renderAll(List<AttendanceCertificate> certificates, String documentTitle) {
        return LetterSheet.render(certificates.stream().map(AttendanceCertificate::content).toList(), documentTitle);
    }

    private LetterSheet.Content content() {
        Template t = new Template("certificate", language);
        // Both forms when they differ; the Latin one alone when the fonts cannot set the other's script.
        String name = nativeName.equals(latinName) || !DocumentFonts.prints(nativeName) ? latinName
                : nativeName + " (" + latinName + ")";
        Map<String, String> values = Map.of(
                "name", name, "organization", organization,
                "conference", Template.in(conference, language), "venue", Template.in(venue, language),
                "days", days.stream().map(t::date).collect(Collectors.joining(t.text("days.separator"))),
                "talks", String.join("; ", talks), "reference", reference, "date", t.date(issued));
        List<String> paragraphs = talks.isEmpty() ? List.of(t.text("p1", values))
                : List.of(t.text("p1", values), t.text("talks", values));
        return new LetterSheet.Content(t.text("title"), letterhead.lines(language),
                t.text("reference", values), t.text("date", values), null, paragraphs, List.of(),
                List.of("", Template.in(letterhead.organizer(), language)), verifyUrl, t.text("verify", values));
    }
}
