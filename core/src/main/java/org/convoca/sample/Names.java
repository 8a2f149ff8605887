package org.convoca.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Plausible Argentine names for people, places and organisations, and identifiers made from names. */
final class Names {

  static final List<String> FIRST_NAMES = List.of(
      "María", "Juan", "Lucía", "Martín", "Sofía", "Diego", "Valentina", "Pablo", "Camila", "Facundo",
      "Florencia", "Matías", "Julieta", "Nicolás", "Carolina", "Santiago", "Agustina", "Gustavo", "Paula",
      "Federico", "Romina", "Sebastián", "Natalia", "Ignacio", "Laura", "Gabriel", "Mariana", "Hernán",
      "Silvina", "Tomás", "Verónica", "Ezequiel", "Daniela", "Leandro", "Andrea", "Rodrigo", "Belén", "Emilio");

  static final List<String> SURNAMES = List.of(
      "González", "Rodríguez", "Fernández", "López", "Martínez", "García", "Pérez", "Sánchez", "Romero",
      "Sosa", "Álvarez", "Torres", "Ruiz", "Ramírez", "Flores", "Benítez", "Acosta", "Medina", "Herrera",
      "Aguirre", "Giménez", "Gutiérrez", "Pereyra", "Rojas", "Molina", "Castro", "Ortiz", "Silva", "Núñez",
      "Luna", "Juárez", "Cabrera", "Ríos", "Morales", "Godoy", "Quiroga", "Vera", "Ledesma", "Coronel");

  private static final List<String> PLACE_PATTERNS = List.of(
      "Villa %s", "Colonia %s", "General %s", "Puerto %s", "Estación %s", "Pueblo %s", "Capitán %s", "Coronel %s");

  private static final List<String> PLACE_STEMS = List.of(
      "Belgrano", "Sarmiento", "Mitre", "Alvear", "Urquiza", "Güemes", "Moreno", "Rivadavia", "Pringles",
      "Lavalle", "Brown", "Paz", "Roca", "Arenales", "Dorrego", "Pueyrredón", "Saavedra", "Castelli",
      "Necochea", "Alberdi", "Irigoyen", "Olmos", "Arias", "Bustos", "Larrea", "Viamonte", "Azcuénaga",
      "Matheu", "Chiclana", "Balcarce", "Soler", "Vieytes", "Beruti", "Posadas", "Ocampo", "Quintana");

  static final List<String> CIVIL_SOCIETY_NAMES = List.of(
      "Fundación Ciudadanía Activa", "Asociación Civil Red de Vecinos", "Fundación Datos Abiertos",
      "Asociación Civil Participación Joven", "Fundación Mujeres en Red", "Asociación Civil Ambiente y Comunidad",
      "Fundación Conciencia Cívica", "Asociación Civil Transparencia Local", "Centro Vecinal Barrio Norte",
      "Asociación Civil Acción Comunitaria", "Biblioteca Popular Sarmiento", "Club Social y Deportivo Unión");

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("(^-|-$)");

  private Names() {}

  /** Every full name, built once so that a large dossier shares the strings. */
  private static final String[][] FULL_NAMES = fullNames();

  /** A person's full name. */
  static String person(Draw draw) {
    return FULL_NAMES[draw.between(0, FIRST_NAMES.size() - 1)][draw.between(0, SURNAMES.size() - 1)];
  }

  private static String[][] fullNames() {
    String[][] names = new String[FIRST_NAMES.size()][SURNAMES.size()];
    for (int f = 0; f < names.length; f++) {
      for (int s = 0; s < names[f].length; s++) {
        names[f][s] = FIRST_NAMES.get(f) + " " + SURNAMES.get(s);
      }
    }
    return names;
  }

  /** An invented but plausible place name, such as "Colonia Belgrano". */
  static String place(Draw draw) {
    return fill(draw.pick(PLACE_PATTERNS), draw.pick(PLACE_STEMS));
  }

  /** An identifier fragment from a name: "San Ramón de la Nueva Orán" becomes "SAN-RAMON-DE-LA-NUEVA-ORAN". */
  static String slug(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String dashed = NOT_ALPHANUMERIC.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll("-");
    return EDGE_DASHES.matcher(dashed).replaceAll("");
  }

  /** {@code template} with its one {@code %s} replaced by {@code place}. */
  static String fill(String template, String place) {
    return template.replace("%s", place);
  }
}
