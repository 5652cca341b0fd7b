package org.scorats.conference.registration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.scorats.conference.documents.QrCodes;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A PDF the service printed, read as a person and a scanner would: its text and its first page's QR code. */
record Printed(int pages, String text, String qrCode) {

    static Printed read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String qr = QrCodes.read(pdf);
            if (qr == null) {
                throw new AssertionError("no QR code reads on the first page");
            }
            return new Printed(document.getNumberOfPages(), new PDFTextStripper().getText(document), qr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of white space as one space, as a reader sees it across line breaks. */
    String flatText() {
        return text.replaceAll("\\s+", " ");
    }
}
