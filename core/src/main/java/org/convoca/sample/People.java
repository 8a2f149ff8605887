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

  /** The ids and hours of the catalogue's courses; 13 is prime, so stepping through it from any course gives distinct courses. */
  private static final String[] COURSE_IDS = {"C-01", "C-02", "C-03", "C-04", "C-05", "C-06", "C-07", "C-08", "C-09",
      "C-10", "C-11", "C-12", "C-13"};
  private static final int[] COURSE_HOURS = {12, 16, 20, 12, 12, 8, 16, 8, 8, 12, 8, 8, 12};

  private static final LocalDate FIRST_COURSE_DAY = LocalDate.of(2020, 10, 1);
  private static final int COURSE_DAYS = 303;

  private final Draw draw;
  private final List<Course> courses;
  private final List<Person> people = new ArrayList<>();
  private final List<CourseCompletion> completions = new ArrayList<>();

  People(Draw draw, Texts texts) {
    this.draw = draw;
    this.courses = courses(texts);
  }

  /**
   * The program's catalogue, named in {@code texts}: two introductory courses, then one course per
   * open-government mechanism.
   */
  static List<Course> courses(Texts texts) {
    List<Course> courses = new ArrayList<>(COURSE_IDS.length);
    for (int c = 0; c < COURSE_IDS.length; c++) {
      Texts.CourseText text = texts.courses().get(c);
      courses.add(course(COURSE_IDS[c], text.name(), text.mechanism(), COURSE_HOURS[c]));
    }
    return List.copyOf(courses);
  }

  /** A new person; when {@code trained}, they completed one to three courses. */
  PersonId add(Sector sector, String organisation, boolean trained) {
    PersonId id = PersonId.of("PER-" + (people.size() + 1));
    people.add(Person.builder().id(id).name(Names.person(draw)).sector(sector).organisation(organisation).build());
    if (trained) {
      int count = draw.chance(0.5) ? 1 : draw.between(2, 3);
      int first = draw.chance(0.6) ? 0 : draw.between(1, courses.size() - 1);
      int step = draw.between(1, 4);
      for (int k = 0; k < count; k++) {
        int index = (first + k * step) % courses.size();
        completions.add(CourseCompletion.builder()
            .person(id)
            .course(courses.get(index).id())
            .completedOn(Days.plus(FIRST_COURSE_DAY, draw.between(0, COURSE_DAYS)))
            .build());
      }
    }
    return id;
  }

  List<Course> courses() {
    return courses;
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
