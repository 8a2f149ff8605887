package org.convoca.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convoca.capacity.Course;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.CourseId;
import org.convoca.capacity.Person;
import org.convoca.capacity.PersonId;
import org.convoca.capacity.Sector;
import org.jspecify.annotations.Nullable;

/** The program's course catalogue, and the people and course completions of a generated dossier. */
final class People {

  /** The catalogue (13 is prime, so stepping through it from any course gives distinct courses): two introductory courses, then one course per open-government mechanism. */
  static final List<Course> COURSES = List.of(
      course("C-01", "Introduction to open government", null, 12),
      course("C-02", "Co-creating public policy with citizens", null, 16),
      course("C-03", "Open data for local governments", "open data", 20),
      course("C-04", "Open procurement and contracting", "open procurement", 12),
      course("C-05", "Open budgets: publishing and explaining public spending", "open budget", 12),
      course("C-06", "Public hearings that listen", "public hearings", 8),
      course("C-07", "Participatory budgeting step by step", "participatory budgeting", 16),
      course("C-08", "Sortition: choosing participants by lot", "sortition", 8),
      course("C-09", "Citizen juries", "citizen juries", 8),
      course("C-10", "Social audit of public works and services", "social audit", 12),
      course("C-11", "Organising hackathons", "hackathons", 8),
      course("C-12", "Innovation contests and challenges", "innovation contests", 8),
      course("C-13", "Public innovation labs", "innovation labs", 12));

  private static final LocalDate FIRST_COURSE_DAY = LocalDate.of(2020, 10, 1);
  private static final int COURSE_DAYS = 303;

  private final Draw draw;
  private final List<Person> people = new ArrayList<>();
  private final List<CourseCompletion> completions = new ArrayList<>();

  People(Draw draw) {
    this.draw = draw;
  }

  /** A new person; when {@code trained}, they completed one to three courses. */
  PersonId add(Sector sector, String organisation, boolean trained) {
    PersonId id = PersonId.of("PER-" + (people.size() + 1));
    people.add(Person.builder().id(id).name(Names.person(draw)).sector(sector).organisation(organisation).build());
    if (trained) {
      int count = draw.chance(0.5) ? 1 : draw.between(2, 3);
      int first = draw.chance(0.6) ? 0 : draw.between(1, COURSES.size() - 1);
      int step = draw.between(1, 4);
      for (int k = 0; k < count; k++) {
        int index = (first + k * step) % COURSES.size();
        completions.add(CourseCompletion.builder()
            .person(id)
            .course(COURSES.get(index).id())
            .completedOn(Days.plus(FIRST_COURSE_DAY, draw.between(0, COURSE_DAYS)))
            .build());
      }
    }
    return id;
  }

  List<Person> people() {
    return people;
  }

  /** The person with {@code id}, which {@link #add} returned. */
  Person person(PersonId id) {
    return people.get(Integer.parseInt(id.value().substring("PER-".length())) - 1);
  }

  List<CourseCompletion> completions() {
    return completions;
  }

  private static Course course(String id, String name, @Nullable String mechanism, int hours) {
    return Course.builder()
        .id(CourseId.of(id))
        .name(name)
        .mechanism(Optional.ofNullable(mechanism))
        .hours(hours)
        .build();
  }
}
