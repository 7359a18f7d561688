package io.broadsheet.extractor.extract.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteProfilesTest {

  @TempDir Path dir;

  @Test
  void loadsProfilesFromYaml() throws IOException {
    Path file =
        write(
            """
            profiles:
              - name: courier
                hosts: [courier.example]
                body: "div.txt"
                drop: [".promo"]
                published: "span.stamp@data-when"
            """);

    SiteProfiles profiles = SiteProfiles.load(file);

    assertThat(profiles.all()).hasSize(1);
    SiteProfile p = profiles.forHost("courier.example").orElseThrow();
    assertThat(p.body()).isEqualTo("div.txt");
    assertThat(p.drop()).containsExactly(".promo");
  }

  @Test
  void hostPatternsMatchWwwAndSubdomains() {
    SiteProfile exact = profile(List.of("courier.example"));
    SiteProfile wildcard = profile(List.of("*.example.net"));

    assertThat(exact.appliesTo("courier.example")).isTrue();
    assertThat(exact.appliesTo("www.courier.example")).isTrue();
    assertThat(exact.appliesTo("evil-courier.example")).isFalse();
    assertThat(wildcard.appliesTo("news.example.net")).isTrue();
    assertThat(wildcard.appliesTo("example.net")).isTrue();
    assertThat(wildcard.appliesTo("example.network")).isFalse();
  }

  @Test
  void badSelectorIsReportedWithProfileAndRule() throws IOException {
    Path file =
        write(
            """
            profiles:
              - name: broken
                hosts: [a.example]
                authors: "span[class="
            """);

    assertThatThrownBy(() -> SiteProfiles.load(file))
        .isInstanceOf(SiteProfiles.InvalidProfileException.class)
        .hasMessageContaining("profile broken, rule authors");
  }

  @Test
  void unknownKeyIsAnErrorNotSilentlyIgnored() throws IOException {
    Path file =
        write(
            """
            profiles:
              - name: typo
                hosts: [a.example]
                bodyy: "div"
            """);

    assertThatThrownBy(() -> SiteProfiles.load(file))
        .isInstanceOf(SiteProfiles.InvalidProfileException.class)
        .hasMessageContaining("bodyy");
  }

  @Test
  void profileWithoutHostsIsAnError() throws IOException {
    Path file = write("profiles:\n  - name: nowhere\n    body: div\n");

    assertThatThrownBy(() -> SiteProfiles.load(file))
        .isInstanceOf(SiteProfiles.InvalidProfileException.class)
        .hasMessageContaining("names no hosts");
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("profiles.yml"), yaml);
  }

  private static SiteProfile profile(List<String> hosts) {
    return new SiteProfile("p", hosts, null, null, null, null, null, null, null);
  }
}
