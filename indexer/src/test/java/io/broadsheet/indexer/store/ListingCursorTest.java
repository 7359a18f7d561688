package io.broadsheet.indexer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ListingCursorTest {

  @Test
  void roundTripsThroughItsOpaqueForm() {
    ListingCursor cursor =
        new ListingCursor(Instant.parse("2024-05-01T08:15:30.123456Z"), "0a1b2c3d4e5f");

    assertThat(ListingCursor.decode(cursor.encode())).isEqualTo(cursor);
  }

  @Test
  void encodesAsUnpaddedBase64Url() {
    String encoded = new ListingCursor(Instant.parse("2024-05-01T08:00:00Z"), "ab").encode();

    assertThat(encoded).matches("[A-Za-z0-9_-]+");
    assertThat(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8))
        .isEqualTo("2024-05-01T08:00:00Z|ab");
  }

  @Test
  void rejectsTextThatIsNotBase64Url() {
    assertThatThrownBy(() -> ListingCursor.decode("not a cursor!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid cursor: not base64url");
  }

  @Test
  void rejectsBase64WithoutSeparator() {
    String encoded =
        Base64.getUrlEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ListingCursor.decode(encoded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid cursor");
  }

  @Test
  void rejectsAnUnparseableTime() {
    String encoded =
        Base64.getUrlEncoder().encodeToString("yesterday|ab".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ListingCursor.decode(encoded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid cursor");
  }

  @Test
  void rejectsAnEmptyId() {
    String encoded =
        Base64.getUrlEncoder()
            .encodeToString("2024-05-01T08:00:00Z|".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ListingCursor.decode(encoded))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
