"use client";
// A section's own error state: one failing section of a page (a related list, a card) shows this
// instead of taking the whole page down; "Try again" re-renders the page's server parts.
import { useRouter } from "next/navigation";
import { Component, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

function SectionError({ title, reset }: { title: string; reset: () => void }) {
  const router = useRouter();
  return (
    <section aria-label={title} className="space-y-3 rounded-xl border border-destructive/40 bg-card p-6">
      <h2 className="leading-none font-semibold">{title}</h2>
      <p role="alert" className="text-sm text-destructive">
        This section could not be loaded.
      </p>
      <Button
        variant="outline"
        size="sm"
        onClick={() => {
          reset();
          router.refresh();
        }}
      >
        Try again
      </Button>
    </section>
  );
}

export class SectionErrorBoundary extends Component<{ title: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <SectionError title={this.props.title} reset={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
