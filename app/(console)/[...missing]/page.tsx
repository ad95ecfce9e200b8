import { notFound } from "next/navigation";

// Unknown console paths: 404 inside the shell (after the layout's staff check), not a bare page.
export default function MissingPage() {
  notFound();
}
