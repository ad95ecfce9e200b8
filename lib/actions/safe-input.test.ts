// Hole 6 (action side): a NUL or a lone surrogate in any text field is a field error on that
// field — for every action, because defineAction adds the check to every schema.
import { describe, expect, it } from "vitest";
import { createCourse } from "@/lib/learning/courses/actions";
import { createStaffUser } from "@/lib/people/actions";
import { auditCount } from "@/lib/test/audit";
import { actAs } from "@/lib/test/auth";

describe("text that PostgreSQL cannot store", () => {
  it.each([
    ["a NUL", "Course \u0000 title"],
    ["a lone high surrogate", "Course \ud800 title"],
    ["a lone low surrogate", "Course \udc00 title"],
  ])("%s in a course title is a field error on the title, nothing written", async (_label, title) => {
    await actAs("admin");
    const before = await auditCount();
    const result = await createCourse({ title, slug: "nul-course", status: "draft", instructorId: "staff_admin" } as never);
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors?.fieldErrors).toHaveProperty("title");
    expect(await auditCount()).toBe(before);
  });

  it("reports the field even next to other field errors", async () => {
    await actAs("admin");
    const result = await createStaffUser({ name: "Nu\u0000l", email: "nul@example.test", password: "long-enough", role: "support" });
    expect(result.validationErrors?.fieldErrors).toHaveProperty("name");
  });
});
