package org.scorats.conference.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeSheetTest {

    private static final String TOKEN = "eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIiwidHlwIjoiYmFkZ2Urand0In0."
            + "eyJhdWQiOiJzY28tcmF0cy0yMDI0IiwianRpIjoiSzdRMk05WEQzRiIsInN1YiI6IjNhMzYxMWE4LTM5YWUtNGUyMi05NWRlLW"
            + "NmZTZkOWRmMjJiMCIsIm5hbWUiOiLpmYjpnZkiLCJsYXRpbiI6IkNoZW4gSmluZyJ9."
            + "c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl";

    @Test
    void eachBadgeIsAnA6PageWithNamesInEveryScriptAndAQrCodeOfItsToken() throws Exception {
        byte[] pdf = BadgeSheet.render(List.of(
                new BadgeCard("SCO RATS conference 2024", "陈静", "Chen Jing", "Ministry of Public Security", "CN",
                        "DELEGATE · ДЕЛЕГАТ · 代表", 0x1F5AA6, "in person", TOKEN, "K7Q2-M9XD-3F"),
                new BadgeCard("SCO RATS conference 2024", "Иванов Пётр", "Ivanov Petr", "Антитеррористический центр СНГ",
                        "CIS-ATC", "SPEAKER · ДОКЛАДЧИК · 发言人", 0xC0392B, "in person", TOKEN + "x", "R4T8-W2ZQ-6M")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(297.6f, org.assertj.core.data.Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("陈静", "Chen Jing", "Иванов Пётр", "Ivanov Petr", "Антитеррористический центр СНГ",
                    "代表", "ДОКЛАДЧИК", "K7Q2-M9XD-3F");
            PDFRenderer renderer = new PDFRenderer(document);
            // For a look by eye: target/badge.png (not checked in).
            javax.imageio.ImageIO.write(renderer.renderImageWithDPI(0, 110), "png", new java.io.File("target/badge.png"));
            assertThat(QrCodes.read(document)).isEqualTo(TOKEN);
            document.removePage(0);
            assertThat(QrCodes.read(document)).isEqualTo(TOKEN + "x");
        }
    }

    @Test
    void namesInEveryMemberStatesAlphabetPrintAsWritten() throws Exception {
        // Kazakh, Kyrgyz, Tajik, Uzbek, Belarusian, Mongolian Cyrillic; Turkish, Azerbaijani, Uzbek Latin; Chinese.
        List<String> names = List.of("Нұрсұлтан Әбішев", "Өмүрбек Ташиев", "Ҷамшед Ҳакимов", "Ўткир Ғаниев",
                "Іван Шчэпка", "Батбаяр Өлзий", "Emre Yıldız", "Elnur Məmmədov", "Oʻtkir Gʻaniyev", "陈静");
        assertThat(names).allMatch(DocumentFonts::prints);
        byte[] pdf = BadgeSheet.render(names.stream().map(name -> new BadgeCard("SCO RATS conference 2024", name, "Latin Name",
                "Organization", "KZ", "DELEGATE · ДЕЛЕГАТ · 代表", 0x1F5AA6, null, TOKEN, "K7Q2-M9XD-3F")).toList());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(names);
        }
    }

    @Test
    void aNameInAScriptTheFontsCannotSetIsPrintedInLatinAndNothingFails() throws Exception {
        // Persian and Hindi need their letters joined; printed one by one they would be misspelt.
        assertThat(DocumentFonts.prints("مهدی رضایی")).isFalse();
        assertThat(DocumentFonts.prints("अनिल कुमार")).isFalse();
        byte[] pdf = BadgeSheet.render(List.of(
                new BadgeCard("SCO RATS conference 2024", "مهدی رضایی", "Mehdi Rezaei", "وزارت امور خارجه", "IR",
                        "DELEGATE · ДЕЛЕГАТ · 代表", 0x1F5AA6, null, TOKEN, "K7Q2-M9XD-3F")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Mehdi Rezaei", "????? ???? ?????").doesNotContain("مهدی");
            assertThat(QrCodes.read(document)).isEqualTo(TOKEN);
        }
    }

    @Test
    void aLongConferenceNameTakesTwoLinesAndNothingRunsOffTheCard() throws Exception {
        String conference = "10th International Scientific and Practical Conference of the SCO Regional Anti-Terrorist "
                + "Structure: International cooperation in the fight against terrorism, separatism and extremism ".repeat(4);
        String longName = "Abdulazizkhon ".repeat(7) + "Mirzoabdullaev";
        byte[] pdf = BadgeSheet.render(List.of(new BadgeCard(conference, longName, longName, "Organization", "UZ",
                "HIGH-LEVEL GUEST · ПОЧЁТНЫЙ ГОСТЬ · 贵宾", 0xB8860B, null, TOKEN, "K7Q2-M9XD-3F")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws java.io.IOException {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        assertThat(p.getXDirAdj()).as("'%s' starts on the card", text).isGreaterThanOrEqualTo(0f);
                        assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as("'%s' ends on the card", text)
                                .isLessThanOrEqualTo(BadgeSheet.A6.getWidth());
                    }
                    super.writeString(text, positions);
                }
            };
            List<String> lines = stripper.getText(document).lines().toList();
            assertThat(lines.get(1)).as("the conference's name, first line").startsWith("10th International");
            assertThat(lines.get(2)).as("and the rest, cut short").startsWith("Anti-Terrorist").endsWith("…");
            assertThat(lines.get(3)).startsWith("Abdulazizkhon").endsWith("…");
            assertThat(QrCodes.read(document)).isEqualTo(TOKEN);
        }
    }
}
