package id.klik.innovation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedDirectoryRepositoryTest {

  @Test
  void searchTextBecomesALiteralLikePattern() {
    assertThat(SharedDirectoryRepository.literal("50%_off!")).isEqualTo("50!%!_off!!");
    assertThat(SharedDirectoryRepository.literal("posyandu")).isEqualTo("posyandu");
  }
}
