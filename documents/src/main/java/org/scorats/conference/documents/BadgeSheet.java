package org.scorats.conference.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Badges as one PDF, one A6 page each (105 x 148 mm, the usual lanyard pocket), ready to print
 * one person's or a whole delegation's: a band in the role's colour, the name in its own script
 * and in Latin, organization and delegation, and the QR code of the signed token with its typed code.
 */
public final class BadgeSheet {

    static final PDRectangle A6 = new PDRectangle(105 / 25.4f * 72, 148 / 25.4f * 72);
    private static final float MARGIN = 14;
    private static final float BAND = 46;

    private BadgeSheet() {
    }

    public static byte[] render(List<BadgeCard> cards) {
        synchronized (DocumentFonts.class) {
            try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(cards.size() == 1 ? "Badge " + cards.get(0).nameLatin() : cards.size() + " badges");
                info.setCreator("SCO RATS conference platform");
                DocumentFonts.Embedded font = DocumentFonts.embedIn(document);
                for (BadgeCard card : cards) {
                    PDPage page = new PDPage(A6);
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        draw(content, font, card);
                    }
                }
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void draw(PDPageContentStream page, DocumentFonts.Embedded font, BadgeCard card) throws IOException {
        float width = A6.getWidth();
        float top = A6.getHeight();
        band(page, card.band(), top - BAND, BAND);
        band(page, card.band(), 0, 10);
        page.setNonStrokingColor(1f, 1f, 1f);
        centered(page, font, card.roleLabel(), 13, top - BAND / 2 - 5);
        page.setNonStrokingColor(0.25f, 0.25f, 0.25f);
        // A long conference name takes two lines rather than shrinking past legibility.
        List<String> conference = font.lines(card.conference(), 7.5f, A6.getWidth() - 2 * MARGIN);
        float y = top - BAND - 16;
        for (String line : conference.size() > 2
                ? List.of(conference.get(0), String.join(" ", conference.subList(1, conference.size()))) : conference) {
            centered(page, font, line, 7.5f, y);
            y -= 9;
        }

        page.setNonStrokingColor(0f, 0f, 0f);
        y -= 21;
        // A name in a script the fonts cannot set (Persian, Hindi) is left to its Latin form.
        String name = DocumentFonts.prints(card.name()) ? card.name() : card.nameLatin();
        y = centered(page, font, name, 26, y) - 26;
        if (!card.nameLatin().equals(name)) {
            y = centered(page, font, card.nameLatin(), 14, y) - 20;
        }
        page.setNonStrokingColor(0.2f, 0.2f, 0.2f);
        y = centered(page, font, card.organization(), 10, y) - 14;
        centered(page, font, card.delegation() + (card.attendance() == null ? "" : " · " + card.attendance()), 8.5f, y);

        float qr = 165;
        QrCode.draw(page, card.token(), (width - qr) / 2, 34, qr);
        page.setNonStrokingColor(0f, 0f, 0f);
        centered(page, font, card.typedCode(), 11, 22);
    }

    private static void band(PDPageContentStream page, int rgb, float y, float height) throws IOException {
        page.setNonStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
        page.addRect(0, y, A6.getWidth(), height);
        page.fill();
    }

    /**
     * One line centred, shrunk until it fits the width, down to 5 points; what still does not fit is
     * cut short with an ellipsis rather than run off the card. Returns its baseline.
     */
    private static float centered(PDPageContentStream page, DocumentFonts.Embedded font, String text, float size,
                                  float baseline) throws IOException {
        float available = A6.getWidth() - 2 * MARGIN;
        float fitted = size;
        while (fitted > 5 && font.width(text, fitted) > available) {
            fitted -= 0.5f;
        }
        String line = text;
        while (font.width(line, fitted) > available) {
            String shorter = line.endsWith("…") ? line.substring(0, line.length() - 1) : line;
            line = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1)).stripTrailing() + "…";
        }
        font.show(page, line, fitted, (A6.getWidth() - font.width(line, fitted)) / 2, baseline);
        return baseline;
    }
}
