package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.TalkMaterial;

import java.time.Instant;
import java.util.UUID;

/**
 * A talk's material as its speakers and the organizers see it.
 *
 * @param href where the public downloads it once the talk is in the published program
 */
@Schema(name = "TalkMaterial", example = """
        {"id": "6f1d1a52-0c4b-4f4e-9d8e-2b7c1e0a9f31", "talkId": "9b8e2c1d-4a5f-4e3b-8c7d-1a2b3c4d5e6f",
         "title": "Slides", "fileName": "international-cooperation.pdf", "contentType": "application/pdf",
         "size": 2483911, "sha256": "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea",
         "uploadedBy": "0f6c3c52-5a8e-4bd4-9b3a-6d3a3c1f2e10", "uploadedAt": "2024-08-28T09:12:00Z",
         "href": "/api/v1/conferences/sco-rats-2024/program/materials/6f1d1a52-0c4b-4f4e-9d8e-2b7c1e0a9f31"}""")
public record MaterialView(UUID id, UUID talkId, String title, String fileName, String contentType, long size, String sha256,
                           String uploadedBy, Instant uploadedAt, String href) {

    static MaterialView of(TalkMaterial m) {
        return new MaterialView(m.id, m.talkId, m.title, m.fileName, m.contentType, m.size, m.sha256, m.uploadedBy,
                m.createdAt, href(m));
    }

    static String href(TalkMaterial m) {
        return "/api/v1/conferences/" + m.conferenceId + "/program/materials/" + m.id;
    }
}
