package io.broadsheet.fetcher.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackpressureTest {

  private final List<String> calls = new ArrayList<>();
  private final Backpressure.Partitions partitions =
      new Backpressure.Partitions() {
        @Override
        public void pause(int partition) {
          calls.add("pause " + partition);
        }

        @Override
        public void resume(int partition) {
          calls.add("resume " + partition);
        }
      };

  @Test
  void pausesTheHostsPartitionWhenItHoldsTheLimitAndResumesAtHalf() {
    Backpressure bp = new Backpressure(4, 1000, partitions);
    for (int i = 0; i < 3; i++) {
      bp.received("busy.example", 2);
    }
    assertThat(calls).isEmpty();
    bp.received("busy.example", 2);
    assertThat(calls).containsExactly("pause 2");
    assertThat(bp.paused()).containsExactly(2);

    bp.released("busy.example", 2);
    assertThat(bp.paused()).containsExactly(2); // 3 held: above half
    bp.released("busy.example", 2);
    assertThat(calls).containsExactly("pause 2", "resume 2");
    assertThat(bp.paused()).isEmpty();
  }

  @Test
  void leavesOtherPartitionsFlowing() {
    Backpressure bp = new Backpressure(2, 1000, partitions);
    bp.received("busy.example", 2);
    bp.received("busy.example", 2);
    bp.received("quiet.example", 5);
    bp.received("other.example", 5);
    assertThat(calls).containsExactly("pause 2");
    assertThat(bp.held()).isEqualTo(4);
    assertThat(bp.held("busy.example")).isEqualTo(2);
  }

  @Test
  void asksAgainForEveryRecordThatStillArrivesOnAPausedPartition() {
    Backpressure bp = new Backpressure(1, 1000, partitions);
    bp.received("busy.example", 0);
    bp.received("busy.example", 0); // fetched before the pause took effect, or after a resume
    assertThat(calls).containsExactly("pause 0", "pause 0");
  }

  @Test
  void pausesEveryDeliveringPartitionWhenTheTotalIsReachedUntilHalfIsDone() {
    Backpressure bp = new Backpressure(100, 4, partitions);
    bp.received("a.example", 0);
    bp.received("b.example", 1);
    bp.received("c.example", 2);
    bp.received("d.example", 3);
    assertThat(calls).containsExactly("pause 3");
    bp.received("e.example", 1);
    assertThat(calls).containsExactly("pause 3", "pause 1");
    bp.released("a.example", 0);
    bp.released("b.example", 1);
    assertThat(bp.paused()).containsExactlyInAnyOrder(1, 3); // 3 held: above half
    bp.released("c.example", 2);
    assertThat(bp.paused()).isEmpty();
  }

  @Test
  void forgetsARevokedPartition() {
    Backpressure bp = new Backpressure(1, 1000, partitions);
    bp.received("busy.example", 0);
    bp.revoked(0);
    assertThat(bp.paused()).isEmpty();
  }
}
