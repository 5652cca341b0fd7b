-- Why the platform itself refused or revoked a letter (the registration withdrawn, rejected,
-- waitlisted, deleted or turned remote, or the conference moved), as a code readers word in their
-- own language; null when the reason is an organizer's own words.
ALTER TABLE visa_letter ADD COLUMN reason_code text;
