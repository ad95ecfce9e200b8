"use client";
import { DownloadIcon } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";

/** A plain download link to a CSV export route, carrying the grid's current URL state. */
export function ExportButton({ href }: { href: string }) {
  const query = useSearchParams().toString();
  return (
    <Button asChild variant="outline" size="sm" className="h-8">
      <a href={query ? `${href}?${query}` : href} download>
        <DownloadIcon aria-hidden />
        Export CSV
      </a>
    </Button>
  );
}
