"use client";
// The ⌘K palette (CommandPalette loads it): navigation and create actions the role may use
// (given by the server), and records from GET /api/search as you type — all by keyboard.
import { ArrowRightIcon, PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { CommandDialog, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { searchTypeLabels, type SearchGroup } from "@/lib/search/types";
import type { CommandPaletteContentProps, PaletteCommand } from "./command-palette";

const debounceMs = 120;
const minQueryLength = 3;

type SearchState = { query: string; groups: SearchGroup[]; failed: boolean };

/** Records matching `query`, fetched after a pause in typing; a newer query cancels the older one. */
function useRecordSearch(query: string): SearchState & { loading: boolean } {
  const [state, setState] = useState<SearchState>({ query: "", groups: [], failed: false });
  const text = query.trim();
  useEffect(() => {
    if (text.length < minQueryLength) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(text)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const { groups } = (await response.json()) as { groups: SearchGroup[] };
        setState({ query: text, groups, failed: false });
      } catch {
        if (!controller.signal.aborted) setState({ query: text, groups: [], failed: true });
      }
    }, debounceMs);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [text]);
  if (text.length < minQueryLength) return { query: text, groups: [], failed: false, loading: false };
  return { ...state, loading: state.query !== text };
}

const matches = (command: PaletteCommand, text: string) => `${command.group ?? ""} ${command.label}`.toLowerCase().includes(text.toLowerCase());

export default function CommandPaletteContent({ navigation, create, open, onOpenChange }: CommandPaletteContentProps) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const search = useRecordSearch(query);
  const text = query.trim();
  const goTo = useMemo(() => navigation.filter((c) => matches(c, text)).slice(0, text ? 6 : 8), [navigation, text]);
  const creates = useMemo(() => create.filter((c) => matches(c, text)).slice(0, text ? 4 : 3), [create, text]);

  function select(href: string) {
    onOpenChange(false);
    setQuery("");
    router.push(href);
  }

  return (
    <CommandDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Search the console"
      description="Find people, organizations, courses, apps and sales records, or go to a page."
      commandProps={{ shouldFilter: false, loop: true, label: "Search the console" }}
    >
      <CommandInput value={query} onValueChange={setQuery} placeholder="Search people, organizations, deals… or type a page" aria-label="Search the console" />
      <CommandList>
        {search.groups.map((group) => (
          <CommandGroup key={group.type} heading={searchTypeLabels[group.type]}>
            {group.hits.map((hit) => (
              <CommandItem key={`${group.type}:${hit.id}`} value={`${group.type}:${hit.id}`} onSelect={() => select(hit.href)}>
                <span className="truncate">{hit.title}</span>
                {hit.subtitle && <span className="ml-auto truncate text-xs text-muted-foreground">{hit.subtitle}</span>}
              </CommandItem>
            ))}
          </CommandGroup>
        ))}
        {goTo.length > 0 && (
          <CommandGroup heading="Go to">
            {goTo.map((command) => (
              <CommandItem key={command.href} value={`go:${command.href}`} onSelect={() => select(command.href)}>
                <ArrowRightIcon aria-hidden />
                Go to {command.label}
                {command.group && <span className="ml-auto text-xs text-muted-foreground">{command.group}</span>}
              </CommandItem>
            ))}
          </CommandGroup>
        )}
        {creates.length > 0 && (
          <CommandGroup heading="Create">
            {creates.map((command) => (
              <CommandItem key={command.label} value={`create:${command.label}`} onSelect={() => select(command.href)}>
                <PlusIcon aria-hidden />
                {command.label}
              </CommandItem>
            ))}
          </CommandGroup>
        )}
        {search.loading && <div className="px-3 py-2 text-xs text-muted-foreground" aria-live="polite">Searching…</div>}
        {search.failed && <div role="alert" className="px-3 py-2 text-sm text-destructive">The search failed. Try again.</div>}
        {!search.loading && !search.failed && (
          <CommandEmpty>{text.length > 0 && text.length < minQueryLength ? "Type at least three characters to search records." : "Nothing found."}</CommandEmpty>
        )}
      </CommandList>
    </CommandDialog>
  );
}
