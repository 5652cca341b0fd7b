-- What speakers bring to their talks (slides, a paper), shown with the published program. The file
-- itself is kept apart, so lists of materials never read the bytes.
CREATE TABLE talk_material (
    id             uuid PRIMARY KEY,
    talk_id        uuid        NOT NULL REFERENCES talk (id) ON DELETE CASCADE,
    conference_id  text        NOT NULL,
    title          text        NOT NULL,
    file_name      text        NOT NULL,
    content_type   text        NOT NULL,
    size           bigint      NOT NULL,
    sha256         text        NOT NULL,
    uploaded_by    text        NOT NULL,
    created_at     timestamptz NOT NULL
);
CREATE INDEX talk_material_talk ON talk_material (talk_id, created_at, id);
CREATE INDEX talk_material_conference ON talk_material (conference_id);

CREATE TABLE talk_material_content (
    material_id  uuid  PRIMARY KEY REFERENCES talk_material (id) ON DELETE CASCADE,
    content      bytea NOT NULL
);
