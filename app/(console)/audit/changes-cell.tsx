"use client";

type Json = Record<string, unknown> | null;

function asObject(value: unknown): Json {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function show(value: unknown): string {
  if (value === undefined) return "∅";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The keys whose value differs between before and after, as "key: old → new". */
export function ChangesCell({ before, after }: { before: unknown; after: unknown }) {
  const b = asObject(before) ?? {};
  const a = asObject(after) ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => show(b[k]) !== show(a[k]));
  if (keys.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <ul className="max-w-md space-y-0.5 text-xs">
      {keys.map((key) => (
        <li key={key} className="truncate" title={`${key}: ${show(b[key])} → ${show(a[key])}`}>
          <span className="font-medium">{key}</span>: <span className="text-muted-foreground line-through">{show(b[key])}</span> →{" "}
          {show(a[key])}
        </li>
      ))}
    </ul>
  );
}
