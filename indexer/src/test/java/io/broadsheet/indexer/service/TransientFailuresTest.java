package io.broadsheet.indexer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

  private static RuntimeException wrapped(String sqlState) {
    return new IllegalStateException("tx failed", new SQLException("x", sqlState));
  }

  @Test
  void aLostConnectionOrAConflictIsWorthWaitingOut() {
    assertThat(TransientFailures.isTransient(wrapped("08006"))).isTrue();
    assertThat(TransientFailures.isTransient(wrapped("40P01"))).isTrue();
    assertThat(TransientFailures.isTransient(wrapped("57P01"))).isTrue();
    assertThat(TransientFailures.isTransient(wrapped(null))).isTrue();
  }

  @Test
  void aRefusedValueIsNot() {
    assertThat(TransientFailures.isTransient(wrapped("22021"))).isFalse();
    assertThat(TransientFailures.isTransient(wrapped("54000"))).isFalse();
  }

  @Test
  void aFailureWithoutAnySqlCauseIsNot() {
    assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
  }
}
