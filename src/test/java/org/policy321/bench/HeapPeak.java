package org.policy321.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap's peak use during one phase: every heap pool's peak is reset before the phase and
 * added up after it. The pools peak at different moments, so the sum is an upper bound of the
 * heap in use at any one time (and includes garbage not yet collected).
 */
public final class HeapPeak {

  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

  public void reset() {
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  public long peakBytes() {
    return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }
}
