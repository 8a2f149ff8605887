package org.convoca.sample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.sample.Jurisdictions.Jurisdiction;
import org.convoca.sample.Jurisdictions.Town;

/**
 * Makes applicant governments: provinces, and municipalities spread over the provinces roughly by
 * population, many small and few large. It keeps the provinces of applicant municipalities so
 * that the dossier can list them.
 */
final class GovernmentMaker {

  /** A government together with the place its texts talk about. */
  record Applicant(Government government, Jurisdiction jurisdiction, String place) {}

  private static final double REAL_TOWN_SHARE = 0.35;

  private final Draw draw;
  private final List<Government> provinces = new ArrayList<>();
  private final List<Jurisdiction> municipalJurisdictions = new ArrayList<>();
  private final double[] municipalWeights;
  private final List<Deque<Town>> realTowns = new ArrayList<>();
  private final List<Set<String>> usedPlaces = new ArrayList<>();
  private final List<Map<String, Integer>> numberedPlaces = new ArrayList<>();
  private final Deque<Integer> unusedProvinces = new ArrayDeque<>();
  private final boolean[] provinceListed = new boolean[Jurisdictions.ALL.size()];
  private final Set<String> usedIds = new HashSet<>();
  private final List<Government> municipalities = new ArrayList<>();

  GovernmentMaker(Draw draw) {
    this.draw = draw;
    List<Integer> order = new ArrayList<>();
    for (Jurisdiction j : Jurisdictions.ALL) {
      provinces.add(province(j));
      order.add(order.size());
      List<Town> towns = new ArrayList<>(j.towns());
      Collections.shuffle(towns, new java.util.Random(draw.between(0, Integer.MAX_VALUE - 1)));
      realTowns.add(new ArrayDeque<>(towns));
      usedPlaces.add(new HashSet<>());
      numberedPlaces.add(new HashMap<>());
      if (j.hasMunicipalities()) {
        municipalJurisdictions.add(j);
      }
    }
    Collections.shuffle(order, new java.util.Random(draw.between(0, Integer.MAX_VALUE - 1)));
    unusedProvinces.addAll(order);
    municipalWeights = new double[municipalJurisdictions.size()];
    double sum = 0;
    for (int i = 0; i < municipalWeights.length; i++) {
      sum += Math.sqrt(municipalJurisdictions.get(i).population());
      municipalWeights[i] = sum;
    }
  }

  /** A province that has not applied yet, if any is left. */
  Applicant nextProvince() {
    int index = unusedProvinces.removeFirst();
    provinceListed[index] = true;
    Jurisdiction j = Jurisdictions.ALL.get(index);
    return new Applicant(provinces.get(index), j, j.name());
  }

  boolean provincesLeft() {
    return !unusedProvinces.isEmpty();
  }

  /** A new municipality. */
  Applicant nextMunicipality() {
    Jurisdiction j = municipalJurisdictions.get(draw.weighted(municipalWeights));
    int index = Jurisdictions.ALL.indexOf(j);
    provinceListed[index] = true;
    Deque<Town> real = realTowns.get(index);
    Set<String> used = usedPlaces.get(index);
    String name;
    long population;
    if (!real.isEmpty() && draw.chance(REAL_TOWN_SHARE)) {
      Town town = real.removeFirst();
      name = town.name();
      population = town.population();
    } else {
      name = inventedPlace(used, numberedPlaces.get(index));
      population = Math.round(Math.min(350_000, Math.max(800, StrictMath.exp(draw.gaussian(StrictMath.log(14_000), 1.0)))) / 100.0) * 100;
    }
    used.add(name);
    real.removeIf(t -> t.name().equals(name));
    boolean experienced = draw.chance(population > 100_000 ? 0.5 : 0.15);
    Government government = Government.builder()
        .id(GovernmentId.of(uniqueId("MUN-" + Names.slug(name), j)))
        .name("Municipalidad de " + name)
        .level(GovernmentLevel.MUNICIPAL)
        .jurisdiction(j.code())
        .population(population)
        .province(provinces.get(index).id())
        .openGovernmentExperience(experienced)
        .build();
    municipalities.add(government);
    return new Applicant(government, j, name);
  }

  /** The provinces that applied or that applicant municipalities belong to, then the municipalities. */
  List<Government> governments() {
    List<Government> all = new ArrayList<>();
    for (int i = 0; i < provinces.size(); i++) {
      if (provinceListed[i]) {
        all.add(provinces.get(i));
      }
    }
    all.addAll(municipalities);
    return all;
  }

  private Government province(Jurisdiction j) {
    String id = j.hasMunicipalities() ? "PROV-" + Names.slug(j.name()) : "PROV-CABA";
    usedIds.add(id);
    return Government.builder()
        .id(GovernmentId.of(id))
        .name(j.government())
        .level(GovernmentLevel.PROVINCIAL)
        .jurisdiction(j.code())
        .population(j.population())
        .openGovernmentExperience(draw.chance(0.5))
        .build();
  }

  /** An invented name not yet used in the jurisdiction; once plain names run out, numbered ones ("Villa Mitre 2"). */
  private String inventedPlace(Set<String> used, Map<String, Integer> numbered) {
    for (int attempt = 0; attempt < 4; attempt++) {
      String name = Names.place(draw);
      if (!used.contains(name)) {
        return name;
      }
    }
    String base = Names.place(draw);
    return base + " " + numbered.merge(base, 2, (last, two) -> last + 1);
  }

  private String uniqueId(String id, Jurisdiction j) {
    String candidate = id;
    if (usedIds.contains(candidate)) {
      candidate = id + "-" + j.code().value().substring(3);
    }
    for (int n = 2; usedIds.contains(candidate); n++) {
      candidate = id + "-" + j.code().value().substring(3) + "-" + n;
    }
    usedIds.add(candidate);
    return candidate;
  }
}
