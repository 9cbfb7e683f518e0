package id.klik.innovation.infrastructure;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A statement's text with its parameters in order, as JDBC binds them. */
public record SqlQuery(String sql, List<Object> params) {

  public SqlQuery {
    params = List.copyOf(params);
  }

  public void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      statement.setObject(i + 1, params.get(i));
    }
  }
}
