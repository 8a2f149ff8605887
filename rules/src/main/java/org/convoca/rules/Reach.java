package org.convoca.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.PersonId;
import org.convoca.cocreation.Partner;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.TeamMember;

/**
 * The shared facts that a batch of proposals reaches by id: the governments that apply, and the
 * course completions of the people on their teams and among their partners' contacts, in the
 * dossier's order (governments, then completions). The bundled books' rules look at these facts
 * only through such an id ({@code Government( id == $applicant )}, {@code CourseCompletion( person
 * == $member )}), and at no {@code Person} at all, so a session that holds only a batch's reach
 * draws the same conclusions as one that holds every government, person and completion of the
 * dossier, and holds a few thousand facts at 100,000 proposals (see {@link RuleBook#assess}). The
 * people themselves, six a proposal, would only be inserted for no rule to read.
 *
 * <p>The facts are indexed once in an open-addressing table (eight bytes a slot: a group and the
 * hash of its id, so that a probe that meets another id reads nothing else; at 100,000 proposals
 * that took finding a batch's facts from 3.9 to 2.3 µs a proposal), not in a map of
 * lists, so that the index of 100,000 proposals' million facts stays small. The table holds each id
 * once; its slot names a group, and the positions of a group's facts lie side by side in one
 * array, in the dossier's order: a person's many completions are one slot and one run of
 * positions, not a run of slots that every look-up of a nearby id would have to step over, nor a
 * chain that jumps about the memory.
 */
final class Reach {

  private static final int EMPTY = -1;

  /** The governments and completions, in the dossier's order. */
  private final Object[] facts;
  /**
   * The open-addressing table, two ints a slot side by side: the group of an id ({@link #EMPTY}
   * where there is none), then the id's hash, so that a probe reads one place in memory and passes
   * over another id without reading it.
   */
  private final int[] slots;
  /** The id of each group. */
  private final Object[] ids;
  /** Where each group's positions start in {@link #grouped}; the last entry is where the last one ends. */
  private final int[] starts;
  /** The positions in {@link #facts}, group by group, each group's in the dossier's order. */
  private final int[] grouped;

  Reach(Dossier dossier) {
    List<Object> all = new ArrayList<>(dossier.governments().size() + dossier.completions().size());
    all.addAll(dossier.governments());
    all.addAll(dossier.completions());
    facts = all.toArray();
    int capacity = Math.max(16, Integer.highestOneBit(Math.max(1, facts.length * 3 / 2)) << 1);
    slots = new int[2 * capacity];
    for (int slot = 0; slot < slots.length; slot += 2) {
      slots[slot] = EMPTY;
    }
    int[] groupOf = new int[facts.length];
    Object[] groupIds = new Object[16];
    int[] counts = new int[16];
    int groups = 0;
    for (int i = 0; i < facts.length; i++) {
      Object id = idOf(facts[i]);
      int hash = id.hashCode();
      int slot = slotOf(hash);
      while (slots[slot] != EMPTY && (slots[slot + 1] != hash || !groupIds[slots[slot]].equals(id))) {
        slot = (slot + 2) & (slots.length - 1);
      }
      if (slots[slot] == EMPTY) {
        if (groups == groupIds.length) {
          groupIds = Arrays.copyOf(groupIds, groups * 2);
          counts = Arrays.copyOf(counts, groups * 2);
        }
        groupIds[groups] = id;
        slots[slot] = groups++;
        slots[slot + 1] = hash;
      }
      groupOf[i] = slots[slot];
      counts[groupOf[i]]++;
    }
    ids = Arrays.copyOf(groupIds, groups);
    starts = new int[groups + 1];
    for (int g = 0; g < groups; g++) {
      starts[g + 1] = starts[g] + counts[g];
    }
    grouped = new int[facts.length];
    int[] filled = Arrays.copyOf(starts, groups);
    for (int i = 0; i < facts.length; i++) {
      grouped[filled[groupOf[i]]++] = i;
    }
  }

  /** {@return the facts that {@code batch}'s proposals reach, each once, in the dossier's order} */
  List<Object> of(List<ProposalFacts> batch) {
    Positions found = new Positions();
    for (ProposalFacts own : batch) {
      for (Object fact : own.facts()) {
        if (fact instanceof Proposal proposal) {
          find(proposal.applicant(), found);
          for (TeamMember member : proposal.team()) {
            find(member.person(), found);
          }
          for (Partner partner : proposal.coCreation().partners()) {
            for (PersonId contact : partner.contacts()) {
              find(contact, found);
            }
          }
        }
      }
    }
    int[] positions = found.sorted();
    List<Object> reached = new ArrayList<>(positions.length);
    for (int i = 0; i < positions.length; i++) {
      if (i == 0 || positions[i] != positions[i - 1]) {
        reached.add(facts[positions[i]]);
      }
    }
    return reached;
  }

  /** Adds to {@code found} the position of every fact whose id is {@code id}. */
  private void find(Object id, Positions found) {
    int hash = id.hashCode();
    for (int slot = slotOf(hash); slots[slot] != EMPTY; slot = (slot + 2) & (slots.length - 1)) {
      int group = slots[slot];
      if (slots[slot + 1] == hash && ids[group].equals(id)) {
        for (int at = starts[group]; at < starts[group + 1]; at++) {
          found.add(grouped[at]);
        }
        return;
      }
    }
  }

  /** A growing list of positions. */
  private static final class Positions {
    private int[] values = new int[256];
    private int size;

    void add(int position) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = position;
    }

    int[] sorted() {
      int[] positions = Arrays.copyOf(values, size);
      Arrays.sort(positions);
      return positions;
    }
  }

  /** The first slot of an id of hash {@code hash}: an even index of {@link #slots}. */
  private int slotOf(int hash) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (slots.length - 2);
  }

  private static Object idOf(Object fact) {
    if (fact instanceof Government government) {
      return government.id();
    }
    return ((CourseCompletion) fact).person();
  }
}
