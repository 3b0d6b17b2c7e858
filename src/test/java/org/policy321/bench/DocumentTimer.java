package org.policy321.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;
import org.aopalliance.intercept.MethodInterceptor;
import org.policy321.approval.DepictionDocuments;
import org.policy321.platform.documents.DocumentService;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Times the generated documents without touching the application: the {@link DepictionDocuments}
 * bean (build the PDF/A, hash and store it) and the {@link DocumentService#store} inside it (hash
 * and insert) are wrapped in proxies that add up calls, wall-clock and CPU nanoseconds. CPU time
 * is the figure to compare on a shared machine: other processes' load stretches wall-clock time.
 */
final class DocumentTimer implements BeanPostProcessor {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  final Counter documents = new Counter();
  final Counter storing = new Counter();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DepictionDocuments) {
      return timed(bean, documents, true);
    }
    if (bean instanceof DocumentService) {
      return timed(bean, storing, false);
    }
    return bean;
  }

  void reset() {
    documents.reset();
    storing.reset();
  }

  private static Object timed(Object bean, Counter counter, boolean everyPublicMethod) {
    ProxyFactory proxy = new ProxyFactory(bean);
    proxy.setProxyTargetClass(true);
    proxy.addAdvice((MethodInterceptor) invocation -> {
      boolean counted = everyPublicMethod || invocation.getMethod().getName().equals("store");
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      try {
        return invocation.proceed();
      } finally {
        if (counted) {
          counter.add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpuStart);
        }
      }
    });
    return proxy.getProxy();
  }

  /** Calls and their total time, from several threads. */
  static final class Counter {
    private final LongAdder calls = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final LongAdder cpuNanos = new LongAdder();

    void add(long elapsedNanos, long elapsedCpuNanos) {
      calls.increment();
      nanos.add(elapsedNanos);
      cpuNanos.add(elapsedCpuNanos);
    }

    long calls() {
      return calls.sum();
    }

    double millisEach() {
      long n = calls.sum();
      return n == 0 ? 0 : nanos.sum() / 1e6 / n;
    }

    double cpuMillisEach() {
      long n = calls.sum();
      return n == 0 ? 0 : cpuNanos.sum() / 1e6 / n;
    }

    void reset() {
      calls.reset();
      nanos.reset();
      cpuNanos.reset();
    }
  }
}
