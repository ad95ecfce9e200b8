// The permission boundary around what people wrote to the model: who gets the text, and the
// audit row every read of it leaves (in the same transaction as the read).
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, promptLogs } from "@/lib/db/schema";
import { auditCount } from "@/lib/test/audit";
import { headers } from "next/headers";
import { actAnonymously, actAs, createLogin } from "@/lib/test/auth";
import { setRequestHeaders } from "@/lib/test/next-headers";
import { getPromptLog, listPromptLogs } from "./queries";
import { loadGridState } from "@/lib/data-table/search-params";
import { promptLogsGrid } from "./grid";
import { readPromptLogText } from "./text";

const secret = "My card number is 4111 1111 1111 1111, please help";
let logId: string;
let userId: string;

beforeAll(async () => {
  ({ id: userId } = await createLogin("user", "prompt_text_owner"));
  const [row] = await db
    .insert(promptLogs)
    .values({ userId, model: "gpt-4o", prompt: secret, completion: "I can't help with card numbers.", metadata: { finish_reason: "stop" }, latencyMs: 420 })
    .returning();
  logId = row.id;
});

function textReads() {
  return db.select().from(auditLog).where(and(eq(auditLog.resource, "promptLog"), eq(auditLog.action, "read-text"), eq(auditLog.resourceId, logId)));
}

describe("readPromptLogText", () => {
  it("gives support the prompt, completion and metadata, and records the read", async () => {
    await actAs("support");
    const before = (await textReads()).length;
    const result = await readPromptLogText(logId);
    expect(result).toEqual({ status: "ok", value: { prompt: secret, completion: "I can't help with card numbers.", metadata: { finish_reason: "stop" } } });
    const reads = await textReads();
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toMatchObject({ actorRole: "support", actorEmail: "support@switchboard.dev", userAgent: "vitest" });
  });

  it("gives admin the text too, one audit row per read", async () => {
    await actAs("admin");
    const before = (await textReads()).length;
    await readPromptLogText(logId);
    await readPromptLogText(logId);
    expect(await textReads()).toHaveLength(before + 2);
  });

  it("refuses finance and anonymous callers: no text, no audit row", async () => {
    const before = await auditCount();
    await actAs("finance");
    expect(await readPromptLogText(logId)).toEqual({ status: "forbidden" });
    actAnonymously();
    expect(await readPromptLogText(logId)).toEqual({ status: "forbidden" });
    expect(await auditCount()).toBe(before);
  });

  it("reports an unknown or malformed id as missing, without an audit row", async () => {
    await actAs("support");
    const before = await auditCount();
    expect(await readPromptLogText("00000000-0000-4000-8000-000000000000")).toEqual({ status: "missing" });
    expect(await readPromptLogText("'; drop table prompt_logs; --")).toEqual({ status: "missing" });
    expect(await auditCount()).toBe(before);
  });
});

describe("prompt log rows without text", () => {
  it("never carry the prompt, completion or metadata — in the grid or the detail facts", async () => {
    const page = await listPromptLogs(loadGridState(promptLogsGrid, "user=prompt_text_owner"));
    expect(page.rows.map((row) => row.id)).toEqual([logId]);
    for (const row of [page.rows[0], await getPromptLog(logId)]) {
      expect(JSON.stringify(row)).not.toContain("4111");
      expect(row).not.toHaveProperty("prompt");
      expect(row).not.toHaveProperty("completion");
      expect(row).not.toHaveProperty("metadata");
    }
  });

  it("marks a streamed completion still in flight", async () => {
    const [row] = await db.insert(promptLogs).values({ userId, model: "gpt-4o", prompt: "stream me", completion: null, status: "ok" }).returning();
    const [errored] = await db.insert(promptLogs).values({ userId, model: "gpt-4o", prompt: "fail me", completion: null, status: "error" }).returning();
    expect((await getPromptLog(row.id))?.inFlight).toBe(true);
    expect((await getPromptLog(errored.id))?.inFlight).toBe(false);
    expect((await getPromptLog(logId))?.inFlight).toBe(false);
  });
});

describe("a router prefetch of the detail page", () => {
  it("gets no text and writes no audit row", async () => {
    await actAs("support");
    const cookie = (await headers()).get("cookie")!;
    setRequestHeaders({ cookie, "next-router-prefetch": "1" });
    const before = await auditCount();
    expect(await readPromptLogText(logId)).toEqual({ status: "forbidden" });
    expect(await auditCount()).toBe(before);
  });
});
