package org.scorats.conference.documents;

/**
 * What one printed badge shows.
 *
 * @param name        the name in the holder's own script (陈静, Иванов Пётр)
 * @param nameLatin   the name in Latin letters, as in the passport
 * @param band        the role's band colour as 0xRRGGBB
 * @param roleLabel   the role as printed in the band, in the working languages
 * @param token       what the QR code holds: the signed badge token
 * @param typedCode   the short code door staff type when a QR code will not scan
 */
public record BadgeCard(String conference, String name, String nameLatin, String organization, String delegation,
                        String roleLabel, int band, String attendance, String token, String typedCode) {
}
