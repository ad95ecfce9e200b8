"use client";
// The one time an ingest key is shown: after creating an app or rotating its key.
import { CopyIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

export function KeyDialog({ apiKey, onClose }: { apiKey: string | null; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <Dialog open={apiKey !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>The app’s ingest key</DialogTitle>
          <DialogDescription>Copy it now: it is shown only this once. Afterwards the console shows its last 4 characters.</DialogDescription>
        </DialogHeader>
        <code data-testid="ingest-key" className="block break-all rounded-md bg-muted p-3 font-mono text-sm">
          {apiKey}
        </code>
        <DialogFooter>
          <Button
            variant="outline"
            onClick={async () => {
              await navigator.clipboard.writeText(apiKey ?? "");
              setCopied(true);
            }}
          >
            <CopyIcon aria-hidden /> {copied ? "Copied" : "Copy key"}
          </Button>
          <Button onClick={onClose}>Done</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
