package org.scorats.conference.conventions.paging;

import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.problem.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    @Test
    void aCursorCarriesItsKeysThroughAnOpaqueUrlSafeString() {
        Cursor cursor = Cursor.of("petrov ivan", "6f1c0c1e-0000-0000-0000-000000000000");
        String encoded = cursor.encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(encoded, 2)).isEqualTo(cursor);
    }

    @Test
    void aCursorFromElsewhereIsTheClientsErrorNamedByField() {
        for (String bad : List.of("not base64!", Cursor.of("a").encode(), "AAAA")) {
            assertThatThrownBy(() -> Cursor.decode(bad, 2))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors()).extracting(f -> f.field()).containsExactly("cursor");
                    });
        }
    }

    @Test
    void theRepositorysSortKeysReadACursorIntoTypedPositionsAndRefuseOneOfAnotherList() {
        SortKeys byTimeAndId = SortKeys.of(Instant.class, UUID.class);
        UUID id = UUID.randomUUID();
        Instant time = Instant.parse("2024-09-04T04:30:00Z");
        Cursor after = byTimeAndId.after(PageRequest.of(10, Cursor.of(time, id).encode()));
        assertThat(after.value(0, Instant.class)).isEqualTo(time);
        assertThat(after.value(1, UUID.class)).isEqualTo(id);
        for (String forged : List.of(Cursor.of("yesterday", id).encode(), Cursor.of(time, "x").encode(),
                Cursor.of(time).encode())) {
            assertThatThrownBy(() -> byTimeAndId.after(PageRequest.of(10, forged)))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void limitsAreBoundedAndDefaulted() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(SortKeys.of(String.class).after(PageRequest.of(200, ""))).isNull();
        for (int bad : new int[] {0, -1, 201}) {
            assertThatThrownBy(() -> PageRequest.of(bad, null)).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void theLookaheadRowSaysThatAnotherPageExistsAndIsNotShown() {
        PageRequest request = PageRequest.of(2, null);
        Page<String> more = Page.fromLookahead(List.of("a", "b", "c"), request, Cursor::of);
        assertThat(more.items()).containsExactly("a", "b");
        assertThat(Cursor.decode(more.nextCursor(), 1).key(0)).isEqualTo("b");

        Page<String> last = Page.fromLookahead(List.of("a", "b"), request, Cursor::of);
        assertThat(last.nextCursor()).isNull();
        assertThat(last.map(String::toUpperCase).items()).containsExactly("A", "B");
    }
}
