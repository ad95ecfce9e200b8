// Added by defineAction to every action's schema: a string PostgreSQL cannot store (NUL, lone
// surrogate) anywhere in the parsed input is a field error on its field, never a database error.
import { z } from "zod";
import { isSafeText } from "@/lib/safe-text";

const message = "Remove the invisible control character or broken symbol from this text.";

function unsafeTextPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === "string") return isSafeText(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => unsafeTextPaths(item, [...path, i]));
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => unsafeTextPaths(item, [...path, key]));
  }
  return [];
}

export function refuseUnsafeText<S extends z.ZodType>(schema: S): S {
  return schema.superRefine((value, ctx) => {
    for (const path of unsafeTextPaths(value)) ctx.addIssue({ code: "custom", path, message });
  }) as S;
}
