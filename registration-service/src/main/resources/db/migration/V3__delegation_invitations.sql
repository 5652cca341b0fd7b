-- Self-registration into a delegation needs the invitation code its partner, head or the
-- organizers issued (InvitationCode.java); only the code's SHA-256 digest is kept.
ALTER TABLE delegation ADD COLUMN invitation_digest bytea;
ALTER TABLE delegation ADD COLUMN invitation_issued_at timestamptz;
