package org.scorats.conference.documents;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC, which covers Chinese, Cyrillic and Latin in one face, so a name in any of the
 * conference's scripts prints without a fallback. Parsed once (the file is 10 MB); each document
 * embeds only the glyphs it uses.
 */
final class DocumentFont {

    private static final String RESOURCE = "fonts/NotoSansSC_400Regular.ttf";
    private static TrueTypeFont font;

    private DocumentFont() {
    }

    /** Callers hold the class's lock: a parsed font reads its glyphs lazily and is not thread-safe. */
    static PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, parsed(), true);
    }

    private static TrueTypeFont parsed() throws IOException {
        if (font == null) {
            try (InputStream in = DocumentFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing: the documents module's build puts it there");
                }
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
        }
        return font;
    }

    static boolean covers(String text) {
        try {
            TrueTypeFont parsed = parsed();
            return text.codePoints().filter(c -> !Character.isWhitespace(c)).allMatch(c -> {
                try {
                    return parsed.getUnicodeCmapLookup().getGlyphId(c) > 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
