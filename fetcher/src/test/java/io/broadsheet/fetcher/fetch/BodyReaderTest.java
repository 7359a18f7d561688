package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading an unencoded body whose length the response declared. */
class BodyReaderTest {

  private static final byte[] PAGE =
      "<p>The ferry runs again from Monday.</p>".getBytes(StandardCharsets.UTF_8);

  @Test
  void readsADeclaredLengthBodyIntoAnArrayOfExactlyThatLength() throws IOException {
    byte[] body = BodyReader.read(new ByteArrayInputStream(PAGE), null, 1024, PAGE.length);

    assertThat(body).isEqualTo(PAGE);
  }

  @Test
  void leavesBytesBeyondTheDeclaredLengthInTheStreamForTheCallerToNotice() throws IOException {
    ByteArrayInputStream raw = new ByteArrayInputStream(PAGE);

    byte[] body = BodyReader.read(raw, "identity", 1024, 10);

    assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("<p>The fer");
    assertThat(raw.read()).isEqualTo('r');
  }

  @Test
  void returnsWhatArrivedWhenTheStreamEndsBeforeTheDeclaredLength() throws IOException {
    byte[] body = BodyReader.read(new ByteArrayInputStream(PAGE), null, 1024, PAGE.length + 50);

    assertThat(body).isEqualTo(PAGE);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsStillCappedWhileReading() {
    assertThatThrownBy(() -> BodyReader.read(new ByteArrayInputStream(PAGE), null, 8, PAGE.length))
        .isInstanceOf(BodyReader.TooLargeException.class);
  }
}
