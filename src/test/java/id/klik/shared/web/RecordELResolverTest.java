package id.klik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  public record Row(String title, int teams) {}

  private final RecordELResolver resolver = new RecordELResolver();

  /** A bare context: the resolver only marks properties resolved on it. */
  private static ELContext context() {
    return new ELContext() {
      @Override
      public jakarta.el.ELResolver getELResolver() {
        return null;
      }

      @Override
      public jakarta.el.FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public jakarta.el.VariableMapper getVariableMapper() {
        return null;
      }
    };
  }

  @Test
  void readsARecordsComponentByName() {
    ELContext context = context();

    Object value = resolver.getValue(context, new Row("Akademi", 3), "teams");

    assertThat(value).isEqualTo(3);
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void leavesOtherPropertiesAndOtherObjectsToTheNextResolver() {
    ELContext context = context();

    assertThat(resolver.getValue(context, new Row("A", 1), "nosuch")).isNull();
    assertThat(resolver.getValue(context, "text", "bytes")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void aRecordIsReadOnly() {
    ELContext context = context();

    assertThat(resolver.isReadOnly(context, new Row("A", 1), "title")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context(), new Row("A", 1), "title", "B"))
        .isInstanceOf(PropertyNotWritableException.class);
  }
}
