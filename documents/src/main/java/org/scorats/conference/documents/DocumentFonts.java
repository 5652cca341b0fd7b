package org.scorats.conference.documents;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The faces documents print in. Noto Sans first: Latin, Cyrillic and Greek with every letter the
 * member states' alphabets add (Turkish ı and ğ, Azerbaijani ə, Kazakh ә ғ қ ң ө ұ ү һ і, Belarusian
 * ў, Tajik ҷ), which Noto Sans SC, second, lacks; Noto Sans SC for Chinese. Each character prints in
 * the first face that has it, so a line may switch faces. Scripts that need their letters joined
 * or reordered (Arabic, Devanagari and the like) are not printed: PDFBox places glyphs one after
 * another, left to right, which would print such a name wrongly; {@link #prints} tells callers to
 * use the Latin form instead, and any character left over prints as '?' rather than failing the
 * document. Parsed once (Noto Sans SC is 10 MB); each document embeds only the glyphs it uses.
 */
final class DocumentFonts {

    private static final List<String> RESOURCES = List.of("fonts/NotoSans_400Regular.ttf",
            "fonts/NotoSansSC_400Regular.ttf");
    /** Written right to left, or shaped: their letters change form with their neighbours. */
    private static final Set<UnicodeScript> SHAPED = EnumSet.of(UnicodeScript.ARABIC, UnicodeScript.HEBREW,
            UnicodeScript.SYRIAC, UnicodeScript.THAANA, UnicodeScript.NKO, UnicodeScript.DEVANAGARI,
            UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI, UnicodeScript.ORIYA,
            UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA, UnicodeScript.MALAYALAM,
            UnicodeScript.SINHALA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.TIBETAN,
            UnicodeScript.MYANMAR, UnicodeScript.KHMER, UnicodeScript.MONGOLIAN);
    private static final int MISSING = -1;
    private static List<Face> faces;

    private record Face(TrueTypeFont font, CmapLookup cmap) {
    }

    private DocumentFonts() {
    }

    /**
     * Callers hold the class's lock while they render: a parsed font reads its glyphs lazily and is
     * not thread-safe.
     */
    static synchronized Embedded embedIn(PDDocument document) throws IOException {
        List<PDType0Font> embedded = new ArrayList<>();
        for (Face face : faces()) {
            embedded.add(PDType0Font.load(document, face.font(), true));
        }
        return new Embedded(embedded);
    }

    /** Whether every character of {@code text} prints as written. */
    static synchronized boolean prints(String text) {
        return normalized(text).codePoints().allMatch(c -> Character.isWhitespace(c) || face(c) != MISSING);
    }

    private static String normalized(String text) {
        // Composed forms: "é" typed as e and a combining accent prints as the one glyph the font has.
        return Normalizer.normalize(text.replaceAll("\\p{Cntrl}", " "), Normalizer.Form.NFC);
    }

    /** The index of the first face that prints {@code codePoint} as written, or MISSING. */
    private static int face(int codePoint) {
        if (SHAPED.contains(UnicodeScript.of(codePoint))) {
            return MISSING;
        }
        try {
            List<Face> all = faces();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).cmap().getGlyphId(codePoint) > 0) {
                    return i;
                }
            }
            return MISSING;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Face> faces() throws IOException {
        if (faces == null) {
            List<Face> loaded = new ArrayList<>();
            for (String resource : RESOURCES) {
                try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException(resource
                                + " is missing: the documents module's build puts it there");
                    }
                    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    loaded.add(new Face(font, font.getUnicodeCmapLookup()));
                }
            }
            faces = loaded;
        }
        return faces;
    }

    /** The faces as embedded in one document: measures and shows text, switching faces as needed. */
    record Embedded(List<PDType0Font> fonts) {

        /** The width of {@code text} at {@code size}, in points. */
        float width(String text, float size) throws IOException {
            float width = 0;
            for (Run run : runs(text)) {
                width += fonts.get(run.face()).getStringWidth(run.text()) / 1000 * size;
            }
            return width;
        }

        /** Shows {@code text} with its baseline starting at (x, y). */
        void show(PDPageContentStream page, String text, float size, float x, float y) throws IOException {
            page.beginText();
            page.newLineAtOffset(x, y);
            for (Run run : runs(text)) {
                page.setFont(fonts.get(run.face()), size);
                page.showText(run.text());
            }
            page.endText();
        }

        /** {@code text} in lines at most {@code width} wide, broken at spaces and anywhere in Chinese, which has none. */
        List<String> lines(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String piece : pieces(text)) {
                String candidate = line + piece;
                if (line.length() > 0 && width(candidate.stripTrailing(), size) > width) {
                    lines.add(line.toString().strip());
                    candidate = piece.stripLeading();
                }
                line.setLength(0);
                line.append(candidate);
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString().strip());
            }
            return lines;
        }

        /** Words with their following space; each Han or kana character a piece of its own. */
        private static List<String> pieces(String text) {
            List<String> pieces = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            text.codePoints().forEach(c -> {
                boolean ideograph = UnicodeScript.of(c) == UnicodeScript.HAN || (c >= 0x3000 && c <= 0x30FF)
                        || (c >= 0xFF00 && c <= 0xFFEF);
                if (ideograph) {
                    if (word.length() > 0) {
                        pieces.add(word.toString());
                        word.setLength(0);
                    }
                    pieces.add(new String(Character.toChars(c)));
                } else {
                    word.appendCodePoint(c);
                    if (c == ' ') {
                        pieces.add(word.toString());
                        word.setLength(0);
                    }
                }
            });
            if (word.length() > 0) {
                pieces.add(word.toString());
            }
            return pieces;
        }

        /** The text cut where the face changes; a space stays in the face before it. */
        private static List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int[] currentFace = {0};
            normalized(text).codePoints().forEach(c -> {
                int face = Character.isWhitespace(c) ? currentFace[0] : face(c);
                int printed = c;
                if (face == MISSING) {
                    face = 0;
                    printed = '?';
                }
                if (face != currentFace[0] && current.length() > 0) {
                    runs.add(new Run(currentFace[0], current.toString()));
                    current.setLength(0);
                }
                currentFace[0] = face;
                current.appendCodePoint(Character.isWhitespace(printed) ? ' ' : printed);
            });
            if (current.length() > 0) {
                runs.add(new Run(currentFace[0], current.toString()));
            }
            return runs;
        }
    }

    private record Run(int face, String text) {
    }
}
