package id.klik.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For nullable uuid columns: EclipseLink 4.0's built-in UUID conversion fails on a null value read
 * from the database (NullPointerException in its UUIDConverter), so these columns convert here. The
 * driver returns {@link UUID} for uuid columns; strings are accepted too.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {

  @Override
  public Object convertToDatabaseColumn(UUID attribute) {
    return attribute;
  }

  @Override
  public UUID convertToEntityAttribute(Object dbData) {
    if (dbData == null) {
      return null;
    }
    return dbData instanceof UUID uuid ? uuid : UUID.fromString(dbData.toString());
  }
}
