package org.scorats.conference.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters and certificates in each working language: the PDF parses, its text layer holds the
 * names and dates in that language's script, the QR code decodes to the verification address.
 * Each rendered first page is left in target/documents/ as PNG, for a look by eye.
 */
class LettersTest {

    static final Letterhead LETTERHEAD = new Letterhead(
            Map.of("en", "Executive Committee of the SCO Regional Anti-Terrorist Structure",
                    "ru", "Исполнительный комитет РАТС ШОС", "zh", "上海合作组织地区反恐怖机构执行委员会"),
            Map.of("en", "22 Durmon Yo'li, Tashkent 100017, Uzbekistan", "ru", "Узбекистан, 100017, Ташкент, ул. Дурмон йули, 22",
                    "zh", "乌兹别克斯坦塔什干市杜尔蒙路22号，100017"),
            "+998 78 120 43 66", "conference@ecrats.example");
    static final Map<String, String> CONFERENCE = Map.of(
            "en", "10th International Scientific and Practical Conference of the SCO RATS",
            "ru", "X Международная научно-практическая конференция РАТС ШОС",
            "zh", "上合组织地区反恐怖机构第十届国际科学与实践会议");
    static final Map<String, String> VENUE = Map.of("en", "SCO RATS Executive Committee, Tashkent",
            "ru", "Исполнительный комитет РАТС ШОС, Ташкент", "zh", "塔什干，上合组织地区反恐怖机构执行委员会");
    private static final String URL = "https://conference.example.org/api/v1/verify/SCO-RATS-2024-VL-7K3M9Q";

    @ParameterizedTest
    @CsvSource({"en, 4 September 2024, China, Embassy of the Republic of Uzbekistan in Beijing",
            "ru, 4 сентября 2024 г., Китай, Посольство Республики Узбекистан в Пекине",
            "zh, 2024年9月4日, 中国, 乌兹别克斯坦共和国驻北京大使馆"})
    void aVisaLetterStatesTheApplicantAndTheDatesInItsLanguage(String language, String start, String china, String embassy)
            throws Exception {
        byte[] pdf = new InvitationLetter(language, "SCO-RATS-2024-VL-7K3M9Q", LocalDate.parse("2024-07-15"), LETTERHEAD,
                CONFERENCE, VENUE, LocalDate.parse("2024-09-04"), LocalDate.parse("2024-09-05"), embassy,
                "Chen", "Jing", "陈静", "CN", "E12345678", LocalDate.parse("1985-03-02"),
                "Ministry of Public Security of the People's Republic of China", LocalDate.parse("2024-09-02"),
                LocalDate.parse("2024-09-07"), URL).render();
        String text = check(pdf, "visa-letter-" + language);
        assertThat(text.replaceAll("\\s+", " ")).contains("CHEN Jing", "陈静", "E12345678", china, start, "SCO-RATS-2024-VL-7K3M9Q",
                CONFERENCE.get(language).substring(0, 8));
    }

    @ParameterizedTest
    @CsvSource({"en, 4 September 2024, Aleksei Sokolov, Aleksei Sokolov, Aleksei Sokolov",
            "ru, 5 сентября 2024 г., Алексей Соколов, Aleksei Sokolov, Алексей Соколов (Aleksei Sokolov)",
            "zh, 2024年9月5日, 张伟, Zhang Wei, 张伟 (Zhang Wei)",
            "ru, 5 сентября 2024 г., Нұрсұлтан Әбішев, Nursultan Abishev, Нұрсұлтан Әбішев (Nursultan Abishev)",
            "en, 4 September 2024, مهدی رضایی, Mehdi Rezaei, Mehdi Rezaei"})
    void aCertificateNamesTheDaysAttendedAndTheTalks(String language, String day, String nativeName, String latinName,
                                                     String printed) throws Exception {
        byte[] pdf = new AttendanceCertificate(language, "SCO-RATS-2024-AC-R4T8W2", LocalDate.parse("2024-09-06"), LETTERHEAD,
                CONFERENCE, VENUE, nativeName, latinName, "CIS-ATC",
                List.of(LocalDate.parse("2024-09-04"), LocalDate.parse("2024-09-05")),
                List.of("Countering the financing of terrorism"), URL).render();
        String text = check(pdf, "certificate-" + language + "-" + latinName.replace(' ', '-'));
        assertThat(text.replaceAll("\\s+", " ")).contains(printed, day, "Countering the financing of terrorism",
                "SCO-RATS-2024-AC-R4T8W2");
    }

    @ParameterizedTest
    @CsvSource({"Məmmədov, Elnur, Elnur Məmmədov, false", "Abishev, Nursultan, Нұрсұлтан Әбішев, true",
            "Rezaei, Mehdi, مهدی رضایی, false"})
    void aVisaLetterGivesTheNativeNameOnlyWhenItDiffersAndItsScriptPrints(String family, String given, String nativeName,
                                                                         boolean nativeLine) throws Exception {
        byte[] pdf = new InvitationLetter("en", "SCO-RATS-2024-VL-7K3M9Q", LocalDate.parse("2024-07-15"), LETTERHEAD,
                CONFERENCE, VENUE, LocalDate.parse("2024-09-04"), LocalDate.parse("2024-09-05"), "Embassy of Uzbekistan",
                family, given, nativeName, "TR", "U12345678", null, "Ministry of Interior", LocalDate.parse("2024-09-02"),
                LocalDate.parse("2024-09-07"), URL).render();
        String text = check(pdf, "visa-letter-" + given).replaceAll("\\s+", " ");
        assertThat(text).contains(family.toUpperCase(java.util.Locale.ROOT) + " " + given, "U12345678");
        assertThat(text.contains(nativeName)).isEqualTo(nativeLine);
    }

    private static String check(byte[] pdf, String name) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(QrCodes.read(document)).isEqualTo(URL);
            new File("target/documents").mkdirs();
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 72), "png", new File("target/documents/" + name + ".png"));
            return new PDFTextStripper().getText(document);
        }
    }

    @org.junit.jupiter.api.Test
    void certificatesPrintedTogetherGetAPageEachInTheirOwnLanguage() throws Exception {
        List<LocalDate> days = List.of(LocalDate.parse("2024-09-04"));
        byte[] pdf = AttendanceCertificate.renderAll(List.of(
                new AttendanceCertificate("en", "SCO-RATS-2024-AC-AAAA1111", days.get(0), LETTERHEAD, CONFERENCE, VENUE,
                        "Aleksei Sokolov", "Aleksei Sokolov", "CIS-ATC", days, List.of(), URL + "1"),
                new AttendanceCertificate("zh", "SCO-RATS-2024-AC-BBBB2222", days.get(0), LETTERHEAD, CONFERENCE, VENUE,
                        "张伟", "Zhang Wei", "China", days, List.of(), URL + "2")), "Certificates");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(2);
            page.setEndPage(2);
            assertThat(page.getText(document)).contains("张伟", "SCO-RATS-2024-AC-BBBB2222", "2024年9月4日")
                    .doesNotContain("Aleksei");
        }
    }

    @org.junit.jupiter.api.Test
    void aLetterNamesOnlyCountriesAndPrintsOnlyWhatItsFontsSet() {
        assertThat(InvitationLetter.namesCountry("CN")).isTrue();
        assertThat(InvitationLetter.namesCountry("TR")).isTrue();
        assertThat(InvitationLetter.namesCountry("XX")).isFalse();
        assertThat(InvitationLetter.prints("Посольство Республики Узбекистан в Анкаре")).isTrue();
        assertThat(InvitationLetter.prints("سفارت ازبکستان در تهران")).isFalse();
    }
}
