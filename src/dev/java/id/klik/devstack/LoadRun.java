package id.klik.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load on one URL from a fixed number of connections for a fixed time, bounded in
 * count and time, loopback only. Reports throughput and latency percentiles.
 */
final class LoadRun {

  record Result(double perSecond, double p50Millis, double p99Millis, long requests, long errors) {}

  private LoadRun() {}

  static Result run(String url, String token, int connections, Duration warmUp, Duration measure)
      throws Exception {
    loop(url, token, connections, warmUp, null);
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    List<Long> all = loop(url, token, connections, measure, errors);
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Result(
        sorted.length / seconds,
        percentile(sorted, 0.50) / 1e6,
        percentile(sorted, 0.99) / 1e6,
        sorted.length,
        errors.get());
  }

  private static List<Long> loop(
      String url, String token, int connections, Duration length, AtomicLong errors)
      throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
    long end = System.nanoTime() + length.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<Future<List<Long>>> futures = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      futures.add(
          pool.submit(
              () -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end && mine.size() < 1_000_000) {
                  long t0 = System.nanoTime();
                  HttpResponse<byte[]> r =
                      client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  mine.add(System.nanoTime() - t0);
                  if (r.statusCode() != 200 && errors != null) {
                    errors.incrementAndGet();
                  }
                }
                return mine;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : futures) {
      all.addAll(f.get());
    }
    pool.shutdown();
    return all;
  }

  private static long percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
