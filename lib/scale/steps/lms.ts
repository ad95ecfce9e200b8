// Learning platform: courses → modules → lessons, every user enrolled in two courses, and
// progress through the first lessons of each enrollment.
import { pickAt, scaleUserId, scaleUuid, withinLastDays } from "../sql";
import { scaleSizes } from "../sizes";
import type { ScaleStep } from "../step";

const topics = [
  "TypeScript", "PostgreSQL", "React", "Data Visualisation", "Machine Learning", "Product Design", "Go",
  "Kubernetes", "Public Speaking", "Copywriting", "Rust", "Statistics", "SQL Performance", "Accessibility",
];
const levels = ["Foundations", "in Practice", "Deep Dive", "for Teams", "Bootcamp", "Masterclass"];
const lessonTitles = ["Introduction", "Core ideas", "Worked example", "Common mistakes", "Exercise", "Recap quiz"];

const { courses, modulesPerCourse, lessonsPerModule, users, enrollmentsPerUser, progressPerEnrollment, instructors } =
  scaleSizes;
const lessonsPerCourse = modulesPerCourse * lessonsPerModule;

// Enrollment k (0-based) of user s goes to this course; 97 is not a multiple of the course
// count, so one user's courses differ and (course, student) stays unique.
const enrolledCourse = `(1 + (s * 31 + k * 97) % ${courses})`;
const enrollmentsSource = `generate_series(1, ${users}) s cross join generate_series(0, ${enrollmentsPerUser - 1}) k`;

export const lmsSteps: ScaleStep[] = [
  {
    table: "courses",
    sql: `
      insert into courses (id, slug, title, instructor_id, status, created_at)
      select ${scaleUuid("course", "g")}, 'course-' || g,
             ${pickAt(topics, "g")} || ' ' || ${pickAt(levels, "g / 14")} || ' ' || g,
             ${scaleUserId(`1 + (g * 13) % ${instructors}`)},
             case when g % 10 = 0 then 'archived' when g % 10 in (1, 2) then 'draft' else 'published' end,
             ${withinLastDays(720)}
      from generate_series(1, ${courses}) g`,
  },
  {
    table: "modules",
    sql: `
      insert into modules (id, course_id, title, position, created_at)
      select ${scaleUuid("module", `(c - 1) * ${modulesPerCourse} + p + 1`)}, ${scaleUuid("course", "c")},
             'Module ' || (p + 1), p, ${withinLastDays(700)}
      from generate_series(1, ${courses}) c cross join generate_series(0, ${modulesPerCourse - 1}) p`,
  },
  {
    table: "lessons",
    sql: `
      insert into lessons (id, module_id, title, position, content_type, created_at)
      select ${scaleUuid("lesson", `(m - 1) * ${lessonsPerModule} + q + 1`)}, ${scaleUuid("module", "m")},
             ${pickAt(lessonTitles, "q")}, q, ${pickAt(["video", "video", "text", "quiz"], "m + q")}, ${withinLastDays(700)}
      from generate_series(1, ${courses * modulesPerCourse}) m cross join generate_series(0, ${lessonsPerModule - 1}) q`,
  },
  {
    table: "enrollments",
    sql: `
      insert into enrollments (course_id, student_id, enrolled_at)
      select ${scaleUuid("course", enrolledCourse)}, ${scaleUserId("s")}, ${withinLastDays(365)} as enrolled_at
      from ${enrollmentsSource}
      order by enrolled_at`,
  },
  {
    table: "lesson_progress",
    // Per enrollment a depth d: lessons before d - 1 completed, lesson d - 1 in progress, the rest not started.
    // Lesson j of course c is lesson (c - 1) × lessonsPerCourse + j + 1 (modules and lessons are numbered in order).
    sql: `
      insert into lesson_progress (lesson_id, student_id, status, completed_at)
      select ${scaleUuid("lesson", `(e.course - 1) * ${lessonsPerCourse} + j + 1`)}, ${scaleUserId("e.s")},
             case when j < e.depth - 1 then 'completed' when j = e.depth - 1 then 'in_progress' else 'not_started' end,
             case when j < e.depth - 1 then ${withinLastDays(180)} end
      from (
        select s, ${enrolledCourse} as course, floor(random() * ${progressPerEnrollment + 2})::int as depth
        from ${enrollmentsSource}
      ) e
      cross join generate_series(0, ${progressPerEnrollment - 1}) j`,
  },
];

