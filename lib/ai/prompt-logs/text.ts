import "server-only";
// What a user wrote to the model and what it answered: only for roles with promptLog.read-text
// (admin, support), and each read writes an audit row ("read-text" on the log) in the same request.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { auditedRead, type AuditedRead } from "@/lib/audit/audited-read";
import { promptLogs } from "@/lib/db/schema";

export type PromptLogText = { prompt: string; completion: string | null; metadata: unknown };

export function readPromptLogText(id: string): Promise<AuditedRead<PromptLogText>> {
  if (!z.guid().safeParse(id).success) return Promise.resolve({ status: "missing" });
  return auditedRead({
    resource: "promptLog",
    action: "read-text",
    resourceId: id,
    async read(tx) {
      const [row] = await tx
        .select({ prompt: promptLogs.prompt, completion: promptLogs.completion, metadata: promptLogs.metadata })
        .from(promptLogs)
        .where(eq(promptLogs.id, id));
      return row ?? null;
    },
  });
}
