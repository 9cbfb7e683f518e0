package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two tenants written and read at once, by many threads on the one connection pool: not a single
 * row crosses from one tenant's schema to the other, in any answer or in the database.
 */
@ExtendWith(LocalStack.class)
class ConcurrentTenantsIT {

  private static final int THREADS = 16;
  private static final int ITERATIONS = 25;

  @Test
  void noRowCrossesBetweenTenantsUnderConcurrentLoad() throws Exception {
    String[] slugs = {"pontianak", "sumedang"};
    String[] tags = {"P", "S"};
    String[] tokens = {
      Api.token("admin.pontianak", "pontianak"), Api.token("admin.sumedang", "sumedang")
    };
    ConcurrentLinkedQueue<String> crossings = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int me = t % 2;
      int thread = t;
      work.add(
          pool.submit(
              () -> {
                for (int n = 0; n < ITERATIONS; n++) {
                  String base = "/t/" + slugs[me] + "/api/work-units";
                  String code = "CC-" + tags[me] + "-" + thread + "-" + n;
                  Api.Reply created =
                      Api.post(
                          base,
                          tokens[me],
                          "{\"code\":\""
                              + code
                              + "\",\"name\":\"Load "
                              + code
                              + "\",\"kind\":\"OPD\"}");
                  if (created.status() != 201) {
                    crossings.add(
                        "create " + code + " -> " + created.status() + " " + created.body());
                  }
                  Api.Reply mine = Api.get(base + "?q=CC-&size=200", tokens[me]);
                  for (var item : mine.json().getJsonArray("items")) {
                    String seen = ((JsonObject) item).getString("code");
                    if (!seen.startsWith("CC-" + tags[me] + "-")) {
                      crossings.add(slugs[me] + " saw " + seen);
                    }
                  }
                }
              }));
    }
    for (Future<?> f : work) {
      f.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();

    assertThat(crossings).isEmpty();
    assertThat(Db.count("select count(*) from t_pontianak.work_unit where code like 'CC-S-%'"))
        .isZero();
    assertThat(Db.count("select count(*) from t_sumedang.work_unit where code like 'CC-P-%'"))
        .isZero();
    assertThat(Db.count("select count(*) from t_pontianak.work_unit where code like 'CC-P-%'"))
        .isEqualTo((long) THREADS / 2 * ITERATIONS);
    assertThat(Db.count("select count(*) from t_sumedang.work_unit where code like 'CC-S-%'"))
        .isEqualTo((long) THREADS / 2 * ITERATIONS);
  }

  @Test
  void publicSchemaHoldsNoTableSoAQueryWithoutTenantFails() {
    assertThat(
            Db.count(
                "select count(*) from information_schema.tables where table_schema = 'public'"))
        .isZero();
  }
}
