// Date labels shared by server and client components (fixed locale and UTC so SSR and hydration agree).
// Numbers and money: formatValue in lib/charts/format.ts.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? `${dateTime.format(new Date(value))} UTC` : "—";
}

export function formatDate(value: Date | string | null | undefined): string {
  return value ? date.format(new Date(value)) : "—";
}
