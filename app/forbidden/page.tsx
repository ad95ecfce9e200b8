import type { Metadata } from "next";
import { Forbidden } from "@/components/shell/forbidden";

export const metadata: Metadata = { title: "Access denied" };

export default function ForbiddenPage() {
  return <Forbidden />;
}
