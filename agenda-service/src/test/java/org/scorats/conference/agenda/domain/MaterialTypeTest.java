package org.scorats.conference.agenda.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MaterialTypeTest {

    @Test
    void aTypeIsKnownByItsMediaTypeWhateverItsParametersAndCase() {
        assertThat(MaterialType.of("Application/PDF; charset=binary")).contains(MaterialType.PDF);
        assertThat(MaterialType.of("application/vnd.oasis.opendocument.presentation")).contains(MaterialType.ODP);
        assertThat(MaterialType.of("text/html")).isEmpty();
        assertThat(MaterialType.of(null)).isEmpty();
    }

    @Test
    void aFileIsOfItsTypeOnlyIfItBeginsAsOne() {
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        assertThat(MaterialType.PDF.starts(pdf)).isTrue();
        assertThat(MaterialType.PDF.starts(zip)).isFalse();
        assertThat(MaterialType.PPTX.starts(zip)).isTrue();
        assertThat(MaterialType.PPTX.starts(pdf)).isFalse();
        assertThat(MaterialType.PDF.starts("%PD".getBytes(StandardCharsets.US_ASCII))).as("shorter than the signature").isFalse();
    }

    @Test
    void aFileNameEndsInItsTypesExtension() {
        assertThat(MaterialType.PDF.names("Доклад.PDF")).isTrue();
        assertThat(MaterialType.DOCX.names("paper.doc")).isFalse();
        assertThat(MaterialType.PPTX.names("slides.pptx.exe")).isFalse();
    }
}
