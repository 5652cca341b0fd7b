package org.scorats.conference.documents;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a token holds, its QR code on a badge reads back: forty random tokens of a badge's
 * length, the same forty on every run (a fixed seed), so that the outcome never depends on the draw.
 */
class BadgeQrCodeTest {

    @Test
    void everyTokenReadsBack() {
        Random random = new Random(20240904);
        for (int n = 0; n < 40; n++) {
            byte[] bytes = new byte[300 + random.nextInt(60)];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            byte[] pdf = BadgeSheet.render(List.of(new BadgeCard("SCO RATS conference 2024", "Иван Петров", "Ivan Petrov",
                    "CIS Anti-Terrorism Center", "CIS-ATC", "DELEGATE · ДЕЛЕГАТ · 代表", 0x1F5AA6, "in person", token,
                    "K7Q2-M9XD-3F")));
            assertThat(QrCodes.read(pdf)).as("token %d", n).isEqualTo(token);
        }
    }
}
