import type { Metadata } from "next";
import { forbidden } from "next/navigation";

export const metadata: Metadata = { title: "Access denied" };

// Kept for old links: answers 403 through app/forbidden.tsx.
export default function ForbiddenPage() {
  forbidden();
}
