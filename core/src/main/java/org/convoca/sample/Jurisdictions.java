package org.convoca.sample;

import java.util.List;
import org.convoca.government.JurisdictionCode;

/**
 * Argentina's 24 first-level jurisdictions (ISO 3166-2:AR) with rounded populations, their national
 * university and some of their real municipalities with rounded populations. Figures are
 * approximate (about the 2022 census) and only meant to look plausible.
 */
final class Jurisdictions {

  /** A municipality with a real name and a rounded population. */
  record Town(String name, long population) {}

  /** A first-level jurisdiction: a province or the autonomous city. */
  record Jurisdiction(
      JurisdictionCode code, String name, String government, long population, String university, List<Town> towns) {

    /** Whether municipalities may belong to it (the autonomous city has communes, not municipalities). */
    boolean hasMunicipalities() {
      return !towns.isEmpty();
    }
  }

  static final List<Jurisdiction> ALL = List.of(
      province("AR-A", "Salta", 1_441_000, "Universidad Nacional de Salta",
          town("Salta", 620_000), town("San Ramón de la Nueva Orán", 90_000), town("Tartagal", 80_000),
          town("General Güemes", 50_000), town("Rosario de Lerma", 35_000), town("Cafayate", 16_000),
          town("Cachi", 7_000)),
      province("AR-B", "Buenos Aires", 17_569_000, "Universidad Nacional de La Plata",
          town("La Matanza", 1_800_000), town("La Plata", 770_000), town("General Pueyrredón", 680_000),
          town("Bahía Blanca", 335_000), town("Tandil", 150_000), town("Olavarría", 115_000),
          town("Pergamino", 110_000), town("Junín", 100_000), town("Azul", 70_000), town("Chascomús", 45_000),
          town("Pehuajó", 42_000), town("San Antonio de Areco", 25_000), town("Tornquist", 13_000),
          town("Salliqueló", 9_000)),
      new Jurisdiction(JurisdictionCode.of("AR-C"), "Ciudad Autónoma de Buenos Aires",
          "Gobierno de la Ciudad Autónoma de Buenos Aires", 3_121_000, "Universidad de Buenos Aires", List.of()),
      province("AR-D", "San Luis", 542_000, "Universidad Nacional de San Luis",
          town("San Luis", 220_000), town("Villa Mercedes", 130_000), town("Merlo", 20_000),
          town("Juana Koslay", 15_000), town("La Punta", 15_000)),
      province("AR-E", "Entre Ríos", 1_426_000, "Universidad Nacional de Entre Ríos",
          town("Paraná", 270_000), town("Concordia", 170_000), town("Gualeguaychú", 115_000),
          town("Concepción del Uruguay", 80_000), town("Victoria", 40_000), town("Villaguay", 37_000),
          town("Colón", 30_000)),
      province("AR-F", "La Rioja", 384_000, "Universidad Nacional de La Rioja",
          town("La Rioja", 200_000), town("Chilecito", 55_000), town("Chamical", 15_000),
          town("Aimogasta", 12_000)),
      province("AR-G", "Santiago del Estero", 1_061_000, "Universidad Nacional de Santiago del Estero",
          town("Santiago del Estero", 280_000), town("La Banda", 110_000), town("Termas de Río Hondo", 35_000),
          town("Frías", 30_000), town("Añatuya", 25_000)),
      province("AR-H", "Chaco", "Provincia del Chaco", 1_142_000, "Universidad Nacional del Chaco Austral",
          town("Resistencia", 300_000), town("Presidencia Roque Sáenz Peña", 100_000),
          town("Barranqueras", 60_000), town("Villa Ángela", 45_000), town("Charata", 30_000)),
      province("AR-J", "San Juan", 822_000, "Universidad Nacional de San Juan",
          town("Rawson", 120_000), town("San Juan", 115_000), town("Chimbas", 95_000),
          town("Rivadavia", 90_000), town("Santa Lucía", 50_000), town("Caucete", 40_000), town("Jáchal", 22_000)),
      province("AR-K", "Catamarca", 429_000, "Universidad Nacional de Catamarca",
          town("San Fernando del Valle de Catamarca", 180_000), town("Valle Viejo", 33_000),
          town("Belén", 28_000), town("Tinogasta", 24_000), town("Andalgalá", 20_000)),
      province("AR-L", "La Pampa", 361_000, "Universidad Nacional de La Pampa",
          town("Santa Rosa", 125_000), town("General Pico", 65_000), town("Toay", 15_000),
          town("Eduardo Castex", 11_000), town("Realicó", 8_000)),
      province("AR-M", "Mendoza", 2_043_000, "Universidad Nacional de Cuyo",
          town("Guaymallén", 300_000), town("Las Heras", 230_000), town("Godoy Cruz", 200_000),
          town("Maipú", 200_000), town("San Rafael", 200_000), town("Luján de Cuyo", 150_000),
          town("Mendoza", 120_000), town("Tunuyán", 55_000), town("Malargüe", 32_000)),
      province("AR-N", "Misiones", 1_280_000, "Universidad Nacional de Misiones",
          town("Posadas", 370_000), town("Puerto Iguazú", 85_000), town("Oberá", 70_000),
          town("Eldorado", 70_000), town("Apóstoles", 45_000), town("Leandro N. Alem", 35_000)),
      province("AR-P", "Formosa", 607_000, "Universidad Nacional de Formosa",
          town("Formosa", 250_000), town("Clorinda", 60_000), town("Pirané", 25_000), town("El Colorado", 15_000)),
      province("AR-Q", "Neuquén", 710_000, "Universidad Nacional del Comahue",
          town("Neuquén", 290_000), town("Plottier", 50_000), town("San Martín de los Andes", 45_000),
          town("Cutral Có", 40_000), town("Zapala", 40_000), town("Centenario", 40_000)),
      province("AR-R", "Río Negro", 762_000, "Universidad Nacional de Río Negro",
          town("San Carlos de Bariloche", 135_000), town("Cipolletti", 100_000), town("General Roca", 95_000),
          town("Viedma", 65_000), town("Allen", 30_000), town("El Bolsón", 25_000)),
      province("AR-S", "Santa Fe", 3_556_000, "Universidad Nacional del Litoral",
          town("Rosario", 1_000_000), town("Santa Fe", 420_000), town("Rafaela", 110_000),
          town("Villa Gobernador Gálvez", 85_000), town("Venado Tuerto", 80_000), town("Reconquista", 80_000),
          town("Esperanza", 45_000), town("Funes", 40_000), town("Sunchales", 25_000)),
      province("AR-T", "Tucumán", 1_731_000, "Universidad Nacional de Tucumán",
          town("San Miguel de Tucumán", 600_000), town("Yerba Buena", 90_000), town("Tafí Viejo", 80_000),
          town("Banda del Río Salí", 70_000), town("Concepción", 55_000), town("Tafí del Valle", 16_000)),
      province("AR-U", "Chubut", 603_000, "Universidad Nacional de la Patagonia San Juan Bosco",
          town("Comodoro Rivadavia", 200_000), town("Trelew", 110_000), town("Puerto Madryn", 100_000),
          town("Rawson", 35_000), town("Esquel", 35_000)),
      province("AR-V", "Tierra del Fuego", 185_000, "Universidad Nacional de Tierra del Fuego",
          town("Río Grande", 100_000), town("Ushuaia", 82_000), town("Tolhuin", 9_000)),
      province("AR-W", "Corrientes", 1_212_000, "Universidad Nacional del Nordeste",
          town("Corrientes", 400_000), town("Goya", 90_000), town("Paso de los Libres", 50_000),
          town("Mercedes", 45_000), town("Santo Tomé", 30_000)),
      province("AR-X", "Córdoba", 3_840_000, "Universidad Nacional de Córdoba",
          town("Córdoba", 1_400_000), town("Río Cuarto", 170_000), town("Villa María", 90_000),
          town("Villa Carlos Paz", 80_000), town("San Francisco", 70_000), town("Alta Gracia", 55_000),
          town("Río Tercero", 50_000), town("Jesús María", 35_000), town("Marcos Juárez", 30_000),
          town("Cosquín", 22_000)),
      province("AR-Y", "Jujuy", 811_000, "Universidad Nacional de Jujuy",
          town("San Salvador de Jujuy", 330_000), town("San Pedro", 80_000), town("Palpalá", 60_000),
          town("Libertador General San Martín", 50_000), town("Humahuaca", 15_000), town("Tilcara", 6_000)),
      province("AR-Z", "Santa Cruz", 338_000, "Universidad Nacional de la Patagonia Austral",
          town("Río Gallegos", 120_000), town("Caleta Olivia", 70_000), town("El Calafate", 30_000),
          town("Pico Truncado", 25_000), town("Puerto Deseado", 15_000)));

  private Jurisdictions() {}

  private static Jurisdiction province(String code, String name, long population, String university, Town... towns) {
    return province(code, name, "Provincia de " + name, population, university, towns);
  }

  private static Jurisdiction province(
      String code, String name, String government, long population, String university, Town... towns) {
    return new Jurisdiction(JurisdictionCode.of(code), name, government, population, university, List.of(towns));
  }

  private static Town town(String name, long population) {
    return new Town(name, population);
  }
}
