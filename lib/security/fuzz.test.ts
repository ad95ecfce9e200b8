// Fuzzed input for every discovered action (seeded, bounded): wrong types, missing and extra
// fields, 100 KB strings, NUL, lone surrogates, huge / negative numbers, impossible dates →
// field errors or a clear refusal, never an unexpected error ("Something went wrong"), and
// nothing written unless the action succeeded.
import fc from "fast-check";
import { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { auditCount } from "@/lib/test/audit";
import { actAs } from "@/lib/test/auth";
import { discoverActions } from "./discovery";
import { totalRows } from "./rows";

const unexpected = /Something went wrong/;

const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("", "\u0000", "a\u0000b", "\ud800", "x\udc00y", "x".repeat(100_000), "2024-02-30", "0000-00-00T00:00", "9999-99-99", "' or 1=1 --"),
  fc.constantFrom(0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, 2 ** 31),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

function inputs(schema: z.ZodType) {
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const fields = fc.record(Object.fromEntries(keys.map((k) => [k, nasty])), { requiredKeys: [] });
  const extra = fc.dictionary(fc.string({ maxLength: 8 }), nasty, { maxKeys: 2 });
  return fc.oneof(fc.tuple(fields, extra).map(([f, e]) => ({ ...e, ...f })), nasty);
}

beforeAll(() => actAs("admin"), 60_000);

describe.each(discoverActions().map((a) => [a.name, a]))("%s with fuzzed input", (_name, action) => {
  it("answers with field errors or a clear refusal, and writes nothing unless it succeeded", async () => {
    await fc.assert(
      fc.asyncProperty(inputs(action.schema), async (input) => {
        const [rows, audits] = [await totalRows(), await auditCount()];
        const result = await action.call(input);
        expect(result.serverError ?? "").not.toMatch(unexpected);
        if (result.data === undefined) {
          expect(await totalRows()).toBe(rows);
          expect(await auditCount()).toBe(audits);
        }
      }),
      { seed: 8, numRuns: 6, endOnFailure: true },
    );
  }, 60_000);
});
