"use client";
// ⌘K / Ctrl+K from every console page: the header's "Search…" button and the shortcut. The
// palette itself (cmdk, the search calls) loads on first use (or on hover/focus of the button).
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { SpriteIcon } from "@/components/ui/sprite-icon";
import { useConsoleNav } from "./console-nav";

export type PaletteCommand = { href: string; label: string; group?: string };
export type CommandPaletteContentProps = { navigation: PaletteCommand[]; create: PaletteCommand[]; open: boolean; onOpenChange: (open: boolean) => void };

const load = () => import("./command-palette-content");
const Palette = lazy(load);

/** `create`: the create actions the role may use; the navigation comes from the shell's (console-nav.tsx). */
export function CommandPalette({ create }: { create: PaletteCommand[] }) {
  const areas = useConsoleNav();
  const navigation = useMemo(() => areas.flatMap((area) => area.items.map((i) => ({ href: i.href, label: i.label, group: area.label }))), [areas]);
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.metaKey || event.ctrlKey) || event.altKey || event.key.toLowerCase() !== "k") return;
      event.preventDefault();
      setLoaded(true);
      setOpen((was) => !was);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const preload = () => void load();
  return (
    <>
      <Button
        variant="outline"
        size="sm"
        className="h-8 gap-2 text-muted-foreground"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-keyshortcuts="Meta+K Control+K"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        <SpriteIcon name="Search" />
        <span className="hidden sm:inline">Search…</span>
        <kbd className="hidden rounded border bg-muted px-1 font-mono text-[10px] sm:inline">⌘K</kbd>
      </Button>
      {loaded && (
        <Suspense fallback={null}>
          <Palette navigation={navigation} create={create} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
