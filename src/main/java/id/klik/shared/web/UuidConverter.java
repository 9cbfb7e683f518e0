package id.klik.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.UUID;

/** UUIDs in forms (Faces 4.0 has no converter of its own for them). */
@FacesConverter(forClass = UUID.class)
public class UuidConverter implements Converter<UUID> {

  @Override
  public UUID getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      // the library's own text ("Invalid UUID string: ...") is not for people
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, Notices.text("error.badId"), null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, UUID value) {
    return value == null ? "" : value.toString();
  }
}
