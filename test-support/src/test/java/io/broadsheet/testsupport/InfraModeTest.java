package io.broadsheet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class InfraModeTest {

  private static final BooleanSupplier DOCKER_UP = () -> true;
  private static final BooleanSupplier DOCKER_DOWN = () -> false;
  private static final BooleanSupplier DOCKER_NOT_ASKED =
      () -> {
        throw new AssertionError("Docker must not be probed when the mode is explicit");
      };

  @Test
  void autoUsesDockerOnlyWhenItAnswers() {
    assertThat(InfraMode.resolve(null, DOCKER_UP)).isEqualTo(InfraMode.DOCKER);
    assertThat(InfraMode.resolve("auto", DOCKER_DOWN)).isEqualTo(InfraMode.EMBEDDED);
    assertThat(InfraMode.resolve(" ", DOCKER_DOWN)).isEqualTo(InfraMode.EMBEDDED);
  }

  @Test
  void anExplicitChoiceWinsWithoutProbingDocker() {
    assertThat(InfraMode.resolve("embedded", DOCKER_NOT_ASKED)).isEqualTo(InfraMode.EMBEDDED);
    assertThat(InfraMode.resolve("Docker", DOCKER_NOT_ASKED)).isEqualTo(InfraMode.DOCKER);
  }

  @Test
  void rejectsAnUnknownChoice() {
    assertThatThrownBy(() -> InfraMode.resolve("podman", DOCKER_NOT_ASKED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'podman'");
  }
}
