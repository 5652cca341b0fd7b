package org.scorats.conference.registration.rest;

import jakarta.ws.rs.core.Response;

/** Printed documents as answers: one media type, and a file name for saving or printing. */
final class PdfResponses {

    static final String PDF = "application/pdf";

    private PdfResponses() {
    }

    /** Shown in the browser; saved under {@code filename}. */
    static Response inline(byte[] pdf, String filename) {
        return Response.ok(pdf, PDF).header("Content-Disposition", "inline; filename=\"" + filename + "\"").build();
    }

    /** Downloaded as {@code filename}: a print run. */
    static Response attachment(byte[] pdf, String filename) {
        return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
