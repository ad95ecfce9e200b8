import type { Metadata } from "next";

export const metadata: Metadata = { title: "Blank" };

// The empty console page: the layout's session check and the shell, no query. Not in the
// navigation; the bench's floor that every grid page is compared with (lib/bench/floors.ts).
export default function BlankPage() {
  return <h1 className="text-2xl font-semibold tracking-tight">Blank</h1>;
}
