package org.scorats.conference.conventions.paging;

import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.problem.ProblemException;

import java.util.List;

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
    void limitsAreBoundedAndDefaulted() {
        assertThat(PageRequest.of(null, null, 1).limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(PageRequest.of(200, "", 1).after()).isNull();
        for (int bad : new int[] {0, -1, 201}) {
            assertThatThrownBy(() -> PageRequest.of(bad, null, 1)).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void theLookaheadRowSaysThatAnotherPageExistsAndIsNotShown() {
        PageRequest request = PageRequest.of(2, null, 1);
        Page<String> more = Page.fromLookahead(List.of("a", "b", "c"), request, Cursor::of);
        assertThat(more.items()).containsExactly("a", "b");
        assertThat(Cursor.decode(more.nextCursor(), 1).key(0)).isEqualTo("b");

        Page<String> last = Page.fromLookahead(List.of("a", "b"), request, Cursor::of);
        assertThat(last.nextCursor()).isNull();
        assertThat(last.map(String::toUpperCase).items()).containsExactly("A", "B");
    }
}
