import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPromptLog } from "@/lib/ai/prompt-logs/queries";
import { readPromptLogText, type PromptLogText } from "@/lib/ai/prompt-logs/text";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatValue } from "@/lib/format";
import { formatDateTime } from "@/lib/format";
import { CallStatusBadge } from "../../badges";
import { LongText } from "./long-text";

export const metadata: Metadata = { title: "Prompt log" };

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="tabular-nums">{children}</dd>
    </div>
  );
}

/** Only ever rendered with text read through readPromptLogText (permission checked, view audited). */
function ExchangeText({ text, inFlight }: { text: PromptLogText; inFlight: boolean }) {
  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Prompt</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <LongText text={text.prompt} label="Prompt" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Completion</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          {text.completion !== null ? (
            <LongText text={text.completion} label="Completion" />
          ) : (
            <p className="text-sm text-muted-foreground">{inFlight ? "In flight: the streamed completion has not finished yet." : "No completion (the call did not return one)."}</p>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Metadata</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          {text.metadata === null ? (
            <p className="text-sm text-muted-foreground">None.</p>
          ) : (
            <pre className="overflow-x-auto rounded-md border bg-muted/40 p-3 font-mono text-sm">{JSON.stringify(text.metadata, null, 2)}</pre>
          )}
        </CardContent>
      </Card>
    </>
  );
}

export default async function PromptLogPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePermission("promptLog", "read");
  const { id } = await params;
  const log = await getPromptLog(id);
  if (!log) notFound();
  // The text is read (and its view audited) only for a role that may see it; for others it is never loaded.
  const text = can(staff.role, "promptLog", "read-text") ? await readPromptLogText(log.id) : null;
  const count = (value: number) => formatValue(value, "count");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Prompt log</h1>
        <CallStatusBadge status={log.status} inFlight={log.inFlight} />
      </div>
      <Card>
        <CardContent>
          <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
            <Fact label="Time">{formatDateTime(log.createdAt)}</Fact>
            <Fact label="User">
              <Link href={`/ai/users/${encodeURIComponent(log.userId)}`} className="underline-offset-4 hover:underline">
                {log.userName}
              </Link>
            </Fact>
            <Fact label="Model">
              <code className="text-sm">{log.model}</code>
            </Fact>
            <Fact label="Prompt tokens">{count(log.promptTokens)}</Fact>
            <Fact label="Completion tokens">{log.inFlight ? "In flight" : count(log.completionTokens)}</Fact>
            <Fact label="Latency">{log.latencyMs === null ? "—" : `${count(log.latencyMs)} ms`}</Fact>
          </dl>
        </CardContent>
      </Card>
      {text?.status === "ok" ? (
        <ExchangeText text={text.value} inFlight={log.inFlight} />
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>
              <h2>Prompt and completion</h2>
            </CardTitle>
            <CardDescription>
              What the user wrote to the model, its answer and the call&apos;s metadata are visible to admin and support only (your role: {staff.role}).
            </CardDescription>
          </CardHeader>
        </Card>
      )}
      {text?.status === "ok" && <p className="text-sm text-muted-foreground">This view of the text was recorded in the audit log.</p>}
    </div>
  );
}
