package org.scorats.conference.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An A4 document on the conference's letterhead: heading lines, reference and date, an optional
 * addressee, a title, paragraphs, a table of facts, a closing, and at the foot a QR code of the
 * public verification address with the address written out. Text wraps at spaces, and anywhere in
 * Chinese, which has none.
 */
final class LetterSheet {

    /** What one letter or certificate says, already in its language. */
    record Content(String title, List<String> letterhead, String reference, String date, String addressee,
                   List<String> paragraphs, List<String[]> facts, List<String> closing, String verifyUrl,
                   String verifyNote) {
    }

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;

    private LetterSheet() {
    }

    static byte[] render(Content content, String documentTitle) {
        return render(List.of(content), documentTitle);
    }

    /** One page each, in one file that embeds the fonts once: a print run. */
    static byte[] render(List<Content> contents, String documentTitle) {
        synchronized (DocumentFonts.class) {
            try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                document.getDocumentInformation().setTitle(documentTitle);
                document.getDocumentInformation().setCreator("SCO RATS conference platform");
                DocumentFonts.Embedded font = DocumentFonts.embedIn(document);
                for (Content content : contents) {
                    PDPage page = new PDPage(A4);
                    document.addPage(page);
                    try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                        new Writer(s, font).write(content);
                    }
                }
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes top-down on one page; letters and certificates fit one. */
    private static final class Writer {
        private final PDPageContentStream s;
        private final DocumentFonts.Embedded font;
        private float y = A4.getHeight() - MARGIN;

        Writer(PDPageContentStream s, DocumentFonts.Embedded font) {
            this.s = s;
            this.font = font;
        }

        void write(Content c) throws IOException {
            s.setNonStrokingColor(0.12f, 0.35f, 0.65f);
            for (int i = 0; i < c.letterhead().size(); i++) {
                lines(c.letterhead().get(i), i == 0 ? 13 : 9, 3);
            }
            s.setStrokingColor(0.12f, 0.35f, 0.65f);
            s.moveTo(MARGIN, y);
            s.lineTo(A4.getWidth() - MARGIN, y);
            s.stroke();
            y -= 22;
            s.setNonStrokingColor(0f, 0f, 0f);
            lines(c.reference() + "    " + c.date(), 9.5f, 4);
            if (c.addressee() != null) {
                y -= 6;
                lines(c.addressee(), 10.5f, 4);
            }
            y -= 14;
            lines(c.title(), 17, 10);
            for (String paragraph : c.paragraphs()) {
                lines(paragraph, 10.5f, 8);
            }
            for (String[] fact : c.facts()) {
                text(fact[0], 9.5f, MARGIN);
                List<String> value = font.lines(fact[1], 10.5f, WIDTH - 170);
                for (String line : value) {
                    text(line, 10.5f, MARGIN + 170);
                    y -= 15;
                }
            }
            y -= 10;
            for (String line : c.closing()) {
                lines(line, 10.5f, 2);
            }
            float qr = 92;
            QrCode.draw(s, c.verifyUrl(), MARGIN - 6, MARGIN - 6, qr);
            float textX = MARGIN + qr + 4;
            y = MARGIN + qr - 26;
            for (String line : font.lines(c.verifyNote(), 8.5f, WIDTH - qr - 4)) {
                text(line, 8.5f, textX);
                y -= 12;
            }
            text(c.verifyUrl(), 8.5f, textX);
        }

        private void lines(String text, float size, float after) throws IOException {
            for (String line : font.lines(text, size, WIDTH)) {
                text(line, size, MARGIN);
                y -= size * 1.45f;
            }
            y -= after;
        }

        private void text(String line, float size, float x) throws IOException {
            font.show(s, line, size, x, y);
        }
    }
}
