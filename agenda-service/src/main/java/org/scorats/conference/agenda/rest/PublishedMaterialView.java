package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.service.TalkMaterials;

import java.time.Instant;
import java.util.UUID;

/** A material of the published program, as anyone reads it: which talk, what file, where to get it. */
@Schema(name = "PublishedMaterial", example = """
        {"id": "6f1d1a52-0c4b-4f4e-9d8e-2b7c1e0a9f31", "talkId": "9b8e2c1d-4a5f-4e3b-8c7d-1a2b3c4d5e6f",
         "sessionId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "title": "Slides",
         "fileName": "international-cooperation.pdf", "contentType": "application/pdf", "size": 2483911,
         "sha256": "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea",
         "uploadedAt": "2024-08-28T09:12:00Z",
         "href": "/api/v1/conferences/sco-rats-2024/program/materials/6f1d1a52-0c4b-4f4e-9d8e-2b7c1e0a9f31"}""")
public record PublishedMaterialView(UUID id, UUID talkId, UUID sessionId, String title, String fileName, String contentType,
                                    long size, String sha256, Instant uploadedAt, String href) {

    static PublishedMaterialView of(TalkMaterials.Published published) {
        var m = published.material();
        return new PublishedMaterialView(m.id, m.talkId, published.sessionId(), m.title, m.fileName, m.contentType, m.size,
                m.sha256, m.createdAt, MaterialView.href(m));
    }
}
