"use client";
// The step builder: 2–10 ordered steps, each picked from the app's event names. Creates a funnel,
// or edits one (`funnel`: its name, steps and the row version it was loaded with).
import { PencilIcon, PlusIcon, XIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createFunnel, updateFunnel } from "@/lib/analytics/funnels/actions";
import { FUNNEL_MAX_STEPS, FUNNEL_MIN_STEPS } from "@/lib/db/schema/analytics-values";

export type EditedFunnel = { id: string; version: string; name: string; steps: string[] };

export function FunnelBuilder({ appId, eventNames, funnel }: { appId: string; eventNames: string[]; funnel?: EditedFunnel }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(funnel?.name ?? "");
  const [steps, setSteps] = useState<string[]>(funnel?.steps ?? eventNames.slice(0, FUNNEL_MIN_STEPS));
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  // A step whose event the app no longer lists stays pickable while editing.
  const options = [...new Set([...eventNames, ...steps])];

  async function save() {
    setSaving(true);
    const input = { name, steps: steps.map((event) => ({ event })) };
    const result = funnel ? await updateFunnel({ id: funnel.id, version: funnel.version, ...input }) : await createFunnel({ appId, ...input });
    setSaving(false);
    if (result?.data) {
      setOpen(false);
      if (funnel) router.refresh();
      else router.push(`/analytics/funnels/${result.data.id}`);
      return;
    }
    const fieldErrors = result?.validationErrors?.fieldErrors ?? {};
    setErrors([...(result?.serverError ? [result.serverError] : []), ...Object.values(fieldErrors).flat().filter((e): e is string => typeof e === "string")]);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline" disabled={eventNames.length === 0}>
          {funnel ? <PencilIcon aria-hidden /> : <PlusIcon aria-hidden />} {funnel ? "Edit funnel" : "New funnel"}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{funnel ? `Edit “${funnel.name}”` : "New funnel"}</DialogTitle>
          <DialogDescription>
            {FUNNEL_MIN_STEPS}–{FUNNEL_MAX_STEPS} steps in order, from this app’s events.
          </DialogDescription>
        </DialogHeader>
        <div className="space-y-3">
          <div className="space-y-1">
            <Label htmlFor="funnel-name">Name</Label>
            <Input id="funnel-name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          </div>
          <ol className="space-y-2">
            {steps.map((step, i) => (
              <li key={i} className="flex items-center gap-2">
                <Label htmlFor={`funnel-step-${i}`} className="w-14 shrink-0">
                  Step {i + 1}
                </Label>
                <select
                  id={`funnel-step-${i}`}
                  className="h-9 flex-1 rounded-md border bg-background px-2 text-sm"
                  value={step}
                  onChange={(e) => setSteps(steps.map((s, j) => (j === i ? e.target.value : s)))}
                >
                  {options.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
                <Button
                  type="button"
                  size="icon"
                  variant="ghost"
                  aria-label={`Remove step ${i + 1}`}
                  disabled={steps.length <= FUNNEL_MIN_STEPS}
                  onClick={() => setSteps(steps.filter((_, j) => j !== i))}
                >
                  <XIcon aria-hidden />
                </Button>
              </li>
            ))}
          </ol>
          <Button type="button" size="sm" variant="outline" disabled={steps.length >= FUNNEL_MAX_STEPS} onClick={() => setSteps([...steps, eventNames[0]])}>
            <PlusIcon aria-hidden /> Add step
          </Button>
          {errors.length > 0 && (
            <ul role="alert" className="text-sm text-destructive">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <Button type="button" onClick={save} disabled={saving}>
            {funnel ? "Save funnel" : "Create funnel"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
