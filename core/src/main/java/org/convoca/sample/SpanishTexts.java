package org.convoca.sample;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.cocreation.ActivityKind;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Theme;

/**
 * The generator's words in Spanish, as an Argentine call writes them. Its lists follow {@link
 * EnglishTexts} entry by entry (see {@link Texts}).
 */
final class SpanishTexts extends Texts {

  private static final Map<Theme, ThemeText> THEMES = Map.of(
      Theme.PARTICIPATORY_BUDGETING, new ThemeText(OpenGovernmentValue.CIVIC_PARTICIPATION,
          List.of("Presupuesto participativo en %s", "Consejos barriales de presupuesto en %s", "Presupuesto participativo joven en %s"),
          List.of(
              commitment("Vecinas y vecinos deciden parte del presupuesto",
                  "Vecinas y vecinos de %s proponen y votan proyectos para una parte del presupuesto de obra pública.",
                  milestone("Reglamento del presupuesto participativo aprobado", "Ordenanza o resolución publicada"),
                  milestone("Asambleas barriales realizadas", "Actas y asistencia publicadas en línea"),
                  milestone("Votación de proyectos realizada", "Resultados de la votación publicados por barrio"),
                  milestone("Proyectos ganadores incluidos en el presupuesto", "Partidas presupuestarias publicadas")),
              commitment("Seguimiento de los proyectos votados",
                  "Vecinas y vecinos de %s pueden seguir cada proyecto votado hasta que se termine.",
                  milestone("Tablero público de los proyectos votados en línea", "URL del tablero"),
                  milestone("Reunión anual de rendición de cuentas realizada", "Video y acta de la reunión")))),
      Theme.DIGITAL_PARTICIPATION, new ThemeText(OpenGovernmentValue.CIVIC_PARTICIPATION,
          List.of("Plataforma de participación digital para %s", "%s decide: consultas en línea", "Propuestas ciudadanas en línea en %s"),
          List.of(
              commitment("Una plataforma de participación abierta a toda la comunidad",
                  "Una plataforma de software libre donde vecinas y vecinos de %s debaten y proponen.",
                  milestone("Plataforma implementada", "URL de la plataforma"),
                  milestone("Primera consulta en línea cerrada", "Informe de aportes publicado"),
                  milestone("Respuestas a cada aporte publicadas", "URL de las respuestas")),
              commitment("Llegar a quienes no tienen acceso a internet",
                  "Puntos de participación asistida para que nadie en %s quede afuera.",
                  milestone("Puntos de participación asistida abiertos", "Listado de puntos y horarios publicado"),
                  milestone("Capacitación del personal de los puntos", "Registros de asistencia")))),
      Theme.OPEN_DATA, new ThemeText(OpenGovernmentValue.ACCESS_TO_INFORMATION,
          List.of("Portal de datos abiertos de %s", "Datos abiertos de presupuesto y compras en %s", "Datos abiertos de obra pública en %s"),
          List.of(
              commitment("Publicar conjuntos de datos clave en formatos abiertos",
                  "%s publica datos de presupuesto, compras y obra pública en formatos abiertos.",
                  milestone("Política de datos abiertos aprobada", "Decreto publicado"),
                  milestone("Portal con 20 conjuntos de datos publicado", "URL del portal"),
                  milestone("Conjuntos de datos actualizados cada trimestre", "Registro de actualizaciones en el portal")),
              commitment("Uso de los datos abiertos por la comunidad",
                  "Organizaciones y estudiantes de %s usan los datos publicados.",
                  milestone("Talleres de alfabetización de datos realizados", "Registros de asistencia y materiales en línea"),
                  milestone("Pedidos de nuevos conjuntos de datos respondidos", "Registro público de pedidos")))),
      Theme.CIVIC_INNOVATION, new ThemeText(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION,
          List.of("Laboratorio de innovación pública en %s", "Hackatón cívica para %s", "Desafíos de innovación con vecinas y vecinos de %s"),
          List.of(
              commitment("Un laboratorio donde gobierno y comunidad resuelven problemas juntos",
                  "Un laboratorio de innovación en %s que trabaja sobre los problemas que elige la comunidad.",
                  milestone("Espacio y equipo del laboratorio conformados", "Resolución de creación del laboratorio"),
                  milestone("Tres desafíos abiertos a la comunidad", "Convocatorias publicadas de cada desafío"),
                  milestone("Prototipos probados con usuarias y usuarios", "Informe público de las pruebas")),
              commitment("Hackatón cívica sobre problemas locales",
                  "Una hackatón donde vecinas y vecinos de %s crean herramientas con datos públicos.",
                  milestone("Hackatón realizada", "Listado publicado de equipos y proyectos"),
                  milestone("Herramienta ganadora adoptada por el gobierno", "Convenio firmado con el equipo ganador")))),
      Theme.PUBLIC_MONITORING, new ThemeText(OpenGovernmentValue.PUBLIC_ACCOUNTABILITY,
          List.of("Control ciudadano de la obra pública en %s", "Auditoría social de servicios en %s", "Tablero público de compromisos de gobierno en %s"),
          List.of(
              commitment("Vecinas y vecinos controlan la obra pública",
                  "Vecinas y vecinos de %s siguen el avance y el gasto de cada obra pública.",
                  milestone("Mapa de obras públicas con avance y gasto en línea", "URL del mapa"),
                  milestone("Comités de seguimiento conformados", "Actas de los comités"),
                  milestone("Informes trimestrales de seguimiento publicados", "URL de los informes")),
              commitment("Un tablero público de compromisos",
                  "%s publica lo que se comprometió a hacer y cuánto avanzó cada compromiso.",
                  milestone("Tablero en línea", "URL del tablero"),
                  milestone("Audiencia pública sobre los resultados realizada", "Video y acta de la audiencia")))));

  private static final Map<Theme, String> THEME_WORDS = Map.of(
      Theme.PARTICIPATORY_BUDGETING, "presupuesto participativo",
      Theme.DIGITAL_PARTICIPATION, "participación digital",
      Theme.OPEN_DATA, "datos abiertos",
      Theme.CIVIC_INNOVATION, "innovación cívica",
      Theme.PUBLIC_MONITORING, "control ciudadano");

  private static final Map<CriterionId, CriterionText> CRITERIA = Map.of(
      FederalVocabulary.COCREATION, new CriterionText("Co-creación",
          "Organizaciones no gubernamentales asociadas y actividades de participación que respaldan la propuesta."),
      FederalVocabulary.VALUES, new CriterionText("Valores de gobierno abierto",
          "Transparencia, participación y rendición de cuentas que promueve la propuesta."),
      FederalVocabulary.COMMITMENTS, new CriterionText("Compromisos",
          "Compromisos claros con hitos verificables dentro del período de implementación."),
      FederalVocabulary.CAPACITY, new CriterionText("Capacidades",
          "Un equipo con personas capacitadas en los cursos del programa."),
      FederalVocabulary.FEASIBILITY, new CriterionText("Factibilidad",
          "Un presupuesto dentro del tope, fondos de contrapartida y un plan realista."),
      FederalVocabulary.JURY, new CriterionText("Evaluación del jurado",
          "Los puntajes del jurado en la escala de 0 a 5."),
      FederalVocabulary.PRIORITY, new CriterionText("Prioridad",
          "Puntos para quienes se inician en gobierno abierto y para los municipios pequeños."));

  private static final Map<ActivityKind, String> ACTIVITIES = Map.of(
      ActivityKind.STAKEHOLDER_MAPPING, "Mapeo de actores",
      ActivityKind.INTERVIEW, "Entrevista",
      ActivityKind.WORKSHOP, "Taller",
      ActivityKind.SURVEY, "Encuesta",
      ActivityKind.PUBLIC_CONSULTATION, "Consulta pública",
      ActivityKind.MULTI_STAKEHOLDER_FORUM, "Foro multiactor",
      ActivityKind.PUBLIC_HEARING, "Audiencia pública",
      ActivityKind.HACKATHON, "Hackatón");

  private static final List<CourseText> COURSES = List.of(
      new CourseText("Introducción al gobierno abierto", null),
      new CourseText("Co-creación de políticas públicas con la ciudadanía", null),
      new CourseText("Datos abiertos para gobiernos locales", "datos abiertos"),
      new CourseText("Compras y contrataciones abiertas", "contrataciones abiertas"),
      new CourseText("Presupuestos abiertos: publicar y explicar el gasto público", "presupuesto abierto"),
      new CourseText("Audiencias públicas que escuchan", "audiencias públicas"),
      new CourseText("Presupuesto participativo paso a paso", "presupuesto participativo"),
      new CourseText("Sorteo cívico: elegir participantes al azar", "sorteo cívico"),
      new CourseText("Jurados ciudadanos", "jurados ciudadanos"),
      new CourseText("Auditoría social de obras y servicios públicos", "auditoría social"),
      new CourseText("Cómo organizar hackatones", "hackatones"),
      new CourseText("Concursos y desafíos de innovación", "concursos de innovación"),
      new CourseText("Laboratorios de innovación pública", "laboratorios de innovación"));

  private static final List<String> TEAM_ROLES = List.of(
      "coordinación de participación", "responsable de datos abiertos", "comunicación", "asesoría legal",
      "responsable de sistemas", "responsable de presupuesto", "enlace con la comunidad");

  private static final List<String> COMMENTS_HIGH = List.of(
      "Co-creación sólida e hitos claros.", "Un plan bien armado, con un equipo comprometido.",
      "Ambiciosa y realista; un modelo para otros municipios.");
  private static final List<String> COMMENTS_MIDDLE = List.of(
      "Buena idea; los hitos necesitan medios de verificación más claros.",
      "Buen diagnóstico, pero la participación más allá del gobierno es escasa.",
      "Factible, aunque el presupuesto podría justificarse mejor.");
  private static final List<String> COMMENTS_LOW = List.of(
      "El plan es vago y el presupuesto no está justificado.", "Poca evidencia de co-creación.",
      "Los hitos no son verificables.");

  private static final List<String> REOPEN_REASONS = List.of(
      "El portal se dio de baja por una revisión de seguridad; vuelve a estar en línea en enero.",
      "La auditoría provincial pidió rehacer las actas con la asistencia de cada barrio.",
      "Una orden judicial suspendió los datos publicados hasta que se quiten los datos personales.");

  /** The first words of the organisations and governments the generator names that take "el". */
  private static final Set<String> MASCULINE = Set.of("Gobierno", "Centro", "Club", "Ministerio", "Concejo", "Consejo",
      "Observatorio", "Foro", "Instituto");

  /** The texts, made once the tables above are. */
  static final Texts TEXTS = new SpanishTexts();

  private SpanishTexts() {
    super(THEMES, CRITERIA, COURSES, TEAM_ROLES, List.of(COMMENTS_HIGH, COMMENTS_MIDDLE, COMMENTS_LOW), REOPEN_REASONS);
  }

  @Override
  String callName() {
    return "Programa Federal de Gobierno Abierto: convocatoria a proyectos locales de gobierno abierto";
  }

  @Override
  String trackDescription() {
    return "Propuestas seleccionadas co-creadas con actores no gubernamentales; reciben apoyo directo de OGP.";
  }

  @Override
  String summary(String government, Optional<String> partner, Theme theme) {
    String subject = withArticle(government);
    return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " trabajará con "
        + partner.map(SpanishTexts::withArticle).orElse("sus vecinas y vecinos")
        + " en un proyecto de " + THEME_WORDS.get(theme) + ".";
  }

  @Override
  String projectLead() {
    return "dirección del proyecto";
  }

  @Override
  String activity(ActivityKind kind) {
    return ACTIVITIES.get(kind) + " con vecinas, vecinos y organizaciones";
  }

  @Override
  String independent() {
    return "Independiente";
  }

  @Override
  String declaredConflict(String government) {
    String advised = withArticle(government);
    return "asesoró " + (advised.startsWith("el ") ? "al " + advised.substring(3) : "a " + advised)
        + " en un borrador anterior de esta propuesta; lo declaró después de puntuarla";
  }

  @Override
  String reasoning(ResultsLevel results) {
    return switch (results) {
      case OUTSTANDING -> "Vecinas y vecinos participan ahora en decisiones que antes estaban cerradas, y el gobierno publica qué hace con sus aportes.";
      case MAJOR -> "El proyecto cambió la forma en que el gobierno comparte información o toma decisiones, y la comunidad usa lo que se abrió.";
      case MARGINAL -> "Un paso adelante, aunque por ahora pocas personas usan lo que abrió el proyecto.";
      case DID_NOT_CHANGE -> "Las actividades se realizaron, pero la práctica del gobierno todavía no cambió.";
      case WORSENED -> "Los datos que publicó el proyecto están desactualizados y se cerró el canal de participación.";
    };
  }

  @Override
  String completed(String deliverable) {
    return "Hito cumplido: " + deliverable + ".";
  }

  @Override
  String reopened(String deliverable) {
    return "Hito reabierto: " + deliverable + ".";
  }

  @Override
  String behind(String deliverable) {
    return "Hito atrasado: " + deliverable + ".";
  }

  @Override
  String underWay(String deliverable) {
    return "Hito en curso: " + deliverable + ".";
  }

  @Override
  String asPlanned() {
    return "El trabajo avanza según lo previsto.";
  }

  /**
   * {@code name} after its definite article: "la Municipalidad de Tandil", "el Centro Vecinal
   * Barrio Norte"; "Vecinas y vecinos de Tandil", a group rather than a body, becomes "las vecinas y
   * los vecinos de Tandil".
   */
  static String withArticle(String name) {
    if (name.startsWith("Vecinas y vecinos ")) {
      return "las vecinas y los vecinos " + name.substring("Vecinas y vecinos ".length());
    }
    int space = name.indexOf(' ');
    String first = space < 0 ? name : name.substring(0, space);
    return (MASCULINE.contains(first) ? "el " : "la ") + name;
  }
}
