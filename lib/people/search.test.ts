import { describe, expect, it } from "vitest";
import { searchCourses } from "@/lib/learning/search";
import { createCourse } from "@/lib/learning/test-fixtures";
import { db } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import { actAnonymously, actAs } from "@/lib/test/auth";
import { searchUsers } from "./search";

describe("searchUsers", () => {
  it("finds staff-visible users by name or email as picker options", async () => {
    await actAs("finance");
    expect(await searchUsers("admin@switchboard")).toEqual([{ value: "staff_admin", label: "Ada Admin", description: "admin@switchboard.dev" }]);
    expect((await searchUsers("Sam Supp")).map((o) => o.value)).toEqual(["staff_support"]);
  });

  it("treats % and _ literally and returns at most 20", async () => {
    await actAs("support");
    await db.insert(user).values(Array.from({ length: 22 }, (_, i) => ({ id: `search_many_${i}`, name: `Many ${i}`, email: `search_many_${i}@example.test` })));
    expect(await searchUsers("search_many")).toHaveLength(20);
    expect(await searchUsers("%")).toEqual([]);
  });

  it("returns nothing without a staff session", async () => {
    actAnonymously();
    expect(await searchUsers("admin")).toEqual([]);
    await actAs("user");
    expect(await searchUsers("admin")).toEqual([]);
  });
});

describe("searchCourses", () => {
  it("finds courses by title or slug for staff only", async () => {
    const { course } = await createCourse("searchable");
    await actAs("finance");
    expect(await searchCourses("course-searchable")).toEqual([{ value: course.id, label: "Course searchable", description: "course-searchable" }]);
    actAnonymously();
    expect(await searchCourses("searchable")).toEqual([]);
  });
});
