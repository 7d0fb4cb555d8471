package org.mediastance.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SparkJobsTest {

  @Test
  void resultsComeBackInSubmissionOrderWhateverFinishesFirst() {
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int k = i;
      tasks.add(() -> {
        Thread.sleep(60L - 10L * k); // later tasks finish first
        return k;
      });
    }
    assertEquals(List.of(0, 1, 2, 3, 4, 5), SparkJobs.all(3, tasks));
    assertEquals(List.of(0, 1, 2, 3, 4, 5), SparkJobs.all(1, tasks));
  }

  @Test
  void oneThreadRunsInTheCallingThreadInOrder() {
    Thread caller = Thread.currentThread();
    List<Integer> seen = new CopyOnWriteArrayList<>();
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int k = i;
      tasks.add(() -> {
        seen.add(k);
        return Thread.currentThread() == caller;
      });
    }
    assertEquals(List.of(true, true, true, true), SparkJobs.all(1, tasks));
    assertEquals(List.of(0, 1, 2, 3), seen);
  }

  @Test
  void twoThreadsReallyRunSideBySide() {
    // each task waits for the other: finishes only if both run at the same time
    CountDownLatch both = new CountDownLatch(2);
    Callable<Boolean> t = () -> {
      both.countDown();
      return both.await(10, TimeUnit.SECONDS);
    };
    assertEquals(List.of(true, true), SparkJobs.all(2, List.of(t, t)));
  }

  @Test
  void everyTaskRunsAndTheFirstFailureIsThrownWithTheOthersAttached() {
    for (int threads : new int[] {1, 3}) {
      List<Integer> ran = new CopyOnWriteArrayList<>();
      List<Callable<Integer>> tasks = List.of(
          () -> { ran.add(0); return 0; },
          () -> { ran.add(1); throw new IllegalStateException("first"); },
          () -> { ran.add(2); return 2; },
          () -> { ran.add(3); throw new java.io.IOException("second"); });
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> SparkJobs.all(threads, tasks));
      assertEquals("first", e.getMessage());
      assertEquals(1, e.getSuppressed().length);
      assertTrue(e.getSuppressed()[0] instanceof java.io.IOException, "checked failure kept as it was");
      assertEquals(4, ran.size(), "all tasks ran despite failures, threads=" + threads);
    }
  }
}
