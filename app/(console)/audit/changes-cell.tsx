import { NamedRecordLink } from "@/components/records/record-link";
import { referenceFields } from "@/lib/records/routes";

type Json = Record<string, unknown> | null;

/** Changes shown before the rest fold behind "n more". */
const shownChanges = 3;

function asObject(value: unknown): Json {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function show(value: unknown): string {
  if (value === undefined) return "∅";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One side of a change: a referenced record by name (linked), anything else as text. */
function Value({ field, value, names }: { field: string; value: unknown; names: Record<string, string> }) {
  if (typeof value === "string" && Object.hasOwn(referenceFields, field)) {
    return <NamedRecordLink resource={referenceFields[field]} id={value} names={names} />;
  }
  return <>{show(value)}</>;
}

function Change({ field, before, after, names }: { field: string; before: unknown; after: unknown; names: Record<string, string> }) {
  return (
    <li>
      <span className="font-medium">{field}</span>:{" "}
      {before !== undefined && (
        <del className="text-muted-foreground">
          <Value field={field} value={before} names={names} />
        </del>
      )}
      {before !== undefined && after !== undefined && " → "}
      {after !== undefined && <Value field={field} value={after} names={names} />}
    </li>
  );
}

/** The keys whose value differs between before and after, as "key: old → new"; long lists expand. */
export function ChangesCell({ before, after, names }: { before: unknown; after: unknown; names: Record<string, string> }) {
  const b = asObject(before) ?? {};
  const a = asObject(after) ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => show(b[k]) !== show(a[k]));
  if (keys.length === 0) return <span className="text-muted-foreground">—</span>;
  const change = (key: string) => <Change key={key} field={key} before={b[key]} after={a[key]} names={names} />;
  return (
    <div className="max-w-md min-w-48 text-xs [overflow-wrap:anywhere]">
      <ul className="space-y-0.5">{keys.slice(0, shownChanges).map(change)}</ul>
      {keys.length > shownChanges && (
        <details>
          <summary className="cursor-pointer text-muted-foreground">{keys.length - shownChanges} more</summary>
          <ul className="space-y-0.5">{keys.slice(shownChanges).map(change)}</ul>
        </details>
      )}
    </div>
  );
}
