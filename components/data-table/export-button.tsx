import { DownloadIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

/** A plain download link to a CSV export route (whose query string is the grid's current state). */
export function ExportButton({ href }: { href: string }) {
  return (
    <Button asChild variant="outline" size="sm" className="h-8">
      <a href={href} download>
        <DownloadIcon aria-hidden />
        Export CSV
      </a>
    </Button>
  );
}
