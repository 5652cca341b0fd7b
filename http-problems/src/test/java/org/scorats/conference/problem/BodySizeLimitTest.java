package org.scorats.conference.problem;

import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BodySizeLimitTest {

    private static final MemorySize UPLOAD = new MemorySize(BigInteger.valueOf(20 << 20));
    private static final MemorySize JSON = new MemorySize(BigInteger.valueOf(4 << 20));

    @Test
    void onlyTheUploadPathsTakeTheLargerBodies() {
        BodySizeLimit limit = new BodySizeLimit(UPLOAD, Optional.of(JSON), Optional.of(List.of("/api/v1/talks/*/materials")), null);

        assertThat(limit.limitFor("/api/v1/talks/3f1c/materials")).isEqualTo(20 << 20);
        assertThat(limit.limitFor("/api/v1/talks/3f1c/materials/x")).as("a path below it").isEqualTo(4 << 20);
        assertThat(limit.limitFor("/api/v1/talks/a/b/materials")).as("* is one segment").isEqualTo(4 << 20);
        assertThat(limit.limitFor("/api/v1/talks/3f1c")).isEqualTo(4 << 20);
        assertThat(limit.limitFor("/api/v1/talks/.*/materials")).as("no regular expression").isEqualTo(20 << 20);
        assertThat(limit.limitFor(null)).isEqualTo(4 << 20);
    }

    @Test
    void withoutUploadPathsEveryPathHasQuarkussLimit() {
        BodySizeLimit limit = new BodySizeLimit(JSON, Optional.empty(), Optional.empty(), null);

        assertThat(limit.limitFor("/api/v1/talks/3f1c/materials")).isEqualTo(4 << 20);
        assertThat(new BodySizeLimit(JSON, Optional.of(UPLOAD), Optional.empty(), null).limitFor("/x"))
                .as("the body limit never exceeds Quarkus's").isEqualTo(4 << 20);
    }
}
