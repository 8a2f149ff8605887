package org.convoca.dossier;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Builds JSON paths such as {@code $.proposals[12].funding} from their steps. */
final class JsonPath {

  static final String ROOT = "$";

  private JsonPath() {}

  static String field(String parent, String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*")
        ? parent + "." + name
        : parent + "['" + name.replace("'", "\\'") + "']";
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The path of the element a Jackson mapping error points to, below {@code parent}. */
  static String of(String parent, JsonMappingException e) {
    String path = parent;
    for (JsonMappingException.Reference step : e.getPath()) {
      if (step.getFieldName() != null) {
        path = field(path, step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path = index(path, step.getIndex());
      }
    }
    return path;
  }
}
