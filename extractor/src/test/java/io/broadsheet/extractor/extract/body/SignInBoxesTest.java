package io.broadsheet.extractor.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInBoxesTest {

  @Test
  void recognisesAccountAndSubscriptionPagesByAPathSegment() {
    assertThat(SignInBoxes.leadsToAccountPage("/service/regist")).isTrue();
    assertThat(SignInBoxes.leadsToAccountPage("https://news.example/Login?next=/a")).isTrue();
    assertThat(SignInBoxes.leadsToAccountPage("https://news.example/abo/digital/")).isTrue();
    assertThat(SignInBoxes.leadsToAccountPage("/connexion.html")).isTrue();
  }

  @Test
  void aWordInsideASegmentOrOnlyInTheQueryIsNoAccountPage() {
    assertThat(SignInBoxes.leadsToAccountPage("/news/login-problems-hit-bank")).isFalse();
    assertThat(SignInBoxes.leadsToAccountPage("/search?q=subscribe")).isFalse();
    assertThat(SignInBoxes.leadsToAccountPage("https://login.example/story")).isFalse();
    assertThat(SignInBoxes.leadsToAccountPage("#register")).isFalse();
  }
}
