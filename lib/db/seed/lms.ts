// Learning platform: courses by instructors drawn from end users, modules and lessons in
// position order, enrollments, and lesson progress that moves through each course in order.
import {
  courses,
  enrollments,
  lessonProgress,
  lessons,
  modules,
  type CourseStatus,
  type LessonContentType,
  type ProgressStatus,
} from "../schema";
import { insertRows } from "./batch";
import type { EndUser, SeedContext } from "./context";
import { DemoIds } from "./ids";
import { slugify } from "./names";
import { daysBefore, latest, Random } from "./random";

const courseTitles = [
  "SQL for Analysts", "TypeScript from Zero", "Advanced TypeScript Patterns", "React Server Components in Practice",
  "PostgreSQL Performance Tuning", "Designing REST APIs", "GraphQL Fundamentals", "Intro to Machine Learning",
  "Prompt Engineering for Developers", "Data Visualization with D3", "Docker and Containers", "Kubernetes for Beginners",
  "Git Beyond the Basics", "Product Management 101", "UX Research Methods", "Figma for Developers",
  "Writing Technical Docs", "Python for Data Science", "Statistics Refresher", "Rust Ownership Explained",
  "Go Concurrency Patterns", "Testing JavaScript Applications", "Web Accessibility Essentials", "CSS Layout Mastery",
  "Security Basics for Web Apps", "Cloud Cost Optimization", "Negotiation for Engineers", "Public Speaking for Tech Talks",
  "Excel to Python", "Growth Marketing Analytics", "Sales Discovery Calls", "Leading Remote Teams",
  "System Design Interviews", "Event-Driven Architecture", "Observability with OpenTelemetry", "Financial Modeling Basics",
];

const moduleTitles = [
  "Getting started", "Core concepts", "Hands-on practice", "Going deeper", "Real-world project", "Wrap-up and next steps",
];

const lessonTitles: Record<LessonContentType, readonly string[]> = {
  video: ["Video walkthrough", "Live demo", "Screencast: setting up", "Instructor deep dive", "Worked example"],
  text: ["Reading: key ideas", "Cheat sheet", "Case study", "Notes and references", "Common pitfalls"],
  quiz: ["Knowledge check", "Module quiz", "Practice quiz"],
};

type CourseRow = typeof courses.$inferInsert & { id: string; createdAt: Date };
type LessonSequence = string[];

function buildCourses(rng: Random, now: Date, users: EndUser[]): CourseRow[] {
  const ids = new DemoIds("course");
  const instructors = rng.sample(
    users.filter((u) => u.createdAt < daysBefore(now, 120)),
    14,
  );
  return courseTitles.map((title) => {
    const instructor = rng.pick(instructors);
    const status = rng.weighted<CourseStatus>([["published", 70], ["draft", 18], ["archived", 12]]);
    return {
      id: ids.next(),
      slug: slugify(title),
      title,
      instructorId: instructor.id,
      status,
      createdAt: rng.dateBetween(instructor.createdAt, daysBefore(now, 20)),
    };
  });
}

/** Modules and lessons of every course; returns each course's lesson ids in reading order. */
function buildCurricula(rng: Random, courseRows: CourseRow[]) {
  const moduleIds = new DemoIds("module");
  const lessonIds = new DemoIds("lesson");
  const moduleRows: (typeof modules.$inferInsert)[] = [];
  const lessonRows: (typeof lessons.$inferInsert)[] = [];
  const sequences = new Map<string, LessonSequence>();
  for (const course of courseRows) {
    const sequence: LessonSequence = [];
    const moduleCount = rng.int(3, 6);
    for (let m = 0; m < moduleCount; m++) {
      const moduleId = moduleIds.next();
      moduleRows.push({ id: moduleId, courseId: course.id, title: moduleTitles[m], position: m + 1, createdAt: course.createdAt });
      const lessonCount = rng.int(3, 6);
      for (let l = 0; l < lessonCount; l++) {
        const isLast = l === lessonCount - 1;
        const contentType: LessonContentType =
          isLast && rng.chance(0.6) ? "quiz" : rng.weighted([["video", 55], ["text", 35], ["quiz", 10]]);
        const lessonId = lessonIds.next();
        lessonRows.push({
          id: lessonId,
          moduleId,
          title: `${m + 1}.${l + 1} ${rng.pick(lessonTitles[contentType])}`,
          position: l + 1,
          contentType,
          createdAt: course.createdAt,
        });
        sequence.push(lessonId);
      }
    }
    sequences.set(course.id, sequence);
  }
  return { moduleRows, lessonRows, sequences };
}

/** How far a student got: a share finished the course, most stopped somewhere along the way. */
function completedLessonCount(rng: Random, lessonCount: number): number {
  if (rng.chance(0.2)) return lessonCount;
  return Math.floor(lessonCount * rng.next() ** 1.6);
}

export async function seedLms({ tx, now, users }: SeedContext) {
  const rng = new Random(0x11a5);
  const courseRows = buildCourses(rng, now, users);
  const { moduleRows, lessonRows, sequences } = buildCurricula(rng, courseRows);

  const enrollmentIds = new DemoIds("enrollment");
  const progressIds = new DemoIds("lessonProgress");
  const enrollmentRows: (typeof enrollments.$inferInsert)[] = [];
  const progressRows: (typeof lessonProgress.$inferInsert)[] = [];
  const [demoUser, ...others] = users;
  let publishedSeen = 0;

  for (const course of courseRows) {
    if (course.status === "draft") continue;
    const candidates = others.filter((u) => u.id !== course.instructorId);
    const students = rng.sample(candidates, rng.logInt(15, 180));
    // The demo end-user login studies the first three published courses.
    if (course.status === "published" && publishedSeen++ < 3 && demoUser.id !== course.instructorId) {
      students.unshift(demoUser);
    }
    const sequence = sequences.get(course.id)!;

    for (const student of students) {
      const enrolledAt = rng.dateBetween(latest(course.createdAt, student.createdAt), now);
      enrollmentRows.push({ id: enrollmentIds.next(), courseId: course.id, studentId: student.id, enrolledAt });

      const completed = completedLessonCount(rng, sequence.length);
      const span = now.getTime() - enrolledAt.getTime();
      sequence.slice(0, completed).forEach((lessonId, i) => {
        const completedAt = new Date(enrolledAt.getTime() + (span * (i + rng.next())) / (completed + 1));
        progressRows.push({ id: progressIds.next(), lessonId, studentId: student.id, status: "completed", completedAt });
      });
      const next = sequence[completed];
      if (!next) continue;
      const status = rng.weighted<ProgressStatus | null>([["in_progress", 60], ["not_started", 15], [null, 25]]);
      if (status) progressRows.push({ id: progressIds.next(), lessonId: next, studentId: student.id, status, completedAt: null });
    }
  }

  await insertRows(tx, courses, courseRows);
  await insertRows(tx, modules, moduleRows);
  await insertRows(tx, lessons, lessonRows);
  await insertRows(tx, enrollments, enrollmentRows);
  await insertRows(tx, lessonProgress, progressRows);
}
