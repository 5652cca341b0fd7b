package org.scorats.conference.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.Map;

/** A QR code drawn as vector squares, so it prints sharp at any size. */
final class QrCode {

    private QrCode() {
    }

    /** Draws {@code text} as a QR code with its quiet zone, {@code size} points wide, lower left at (x, y). */
    static void draw(PDPageContentStream page, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            // Medium error correction: a badge on a lanyard gets creased and scratched.
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code", e);
        }
        float module = size / matrix.getWidth();
        page.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    page.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        page.fill();
    }
}
