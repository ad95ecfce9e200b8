import { redirect } from "next/navigation";

/** The AI area opens on its spend overview. */
export default function AiPage() {
  redirect("/ai/spend");
}
