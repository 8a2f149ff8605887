package org.convoca.jury.conflict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.convoca.capacity.PersonId;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.JurorId;

/** The jurors looked up by the person they are, the organisations they are affiliated with and where they come from. */
final class JurorIndex {

  private final Map<PersonId, Set<JurorId>> byPerson = new HashMap<>();
  private final Map<String, Set<JurorId>> byAffiliation = new HashMap<>();
  private final Map<JurisdictionCode, Set<JurorId>> byJurisdiction = new HashMap<>();
  /** Normal forms of the names looked up so far: a call's names repeat across its proposals. */
  private final Map<String, String> normalForms = new HashMap<>();

  JurorIndex(List<JurorProfile> jurors) {
    for (JurorProfile juror : jurors) {
      juror.person().ifPresent(person -> add(byPerson, person, juror.id()));
      juror.jurisdiction().ifPresent(code -> add(byJurisdiction, code, juror.id()));
      juror.affiliations().forEach(a -> add(byAffiliation, OrganisationNames.normalise(a), juror.id()));
    }
  }

  /** The jurors who are {@code person}. */
  Set<JurorId> being(PersonId person) {
    return byPerson.getOrDefault(person, Set.of());
  }

  /** The jurors affiliated with the organisation named {@code name}, compared in normal form. */
  Set<JurorId> affiliatedWith(String name) {
    if (byAffiliation.isEmpty()) {
      return Set.of();
    }
    return byAffiliation.getOrDefault(normalForms.computeIfAbsent(name, OrganisationNames::normalise), Set.of());
  }

  /** The jurors who come from {@code jurisdiction}. */
  Set<JurorId> from(JurisdictionCode jurisdiction) {
    return byJurisdiction.getOrDefault(jurisdiction, Set.of());
  }

  private static <K> void add(Map<K, Set<JurorId>> index, K key, JurorId juror) {
    index.computeIfAbsent(key, k -> new TreeSet<>()).add(juror);
  }
}
