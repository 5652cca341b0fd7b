-- Organizers list a conference's certificates of attendance newest first (GET
-- /api/v1/conferences/{id}/certificates): the index gives that order per conference.
CREATE INDEX issued_certificate_by_conference ON issued_document (conference_id, issued_at DESC, reference DESC)
    WHERE kind = 'attendance-certificate';
