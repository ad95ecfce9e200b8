import { SpriteIcon } from "@/components/ui/sprite-icon";
import { SignOutButton } from "./sign-out-button";

/** The bare 403 page for signed-in accounts without a staff role: no console, only sign-out. */
export function Forbidden() {
  return (
    <main className="flex min-h-svh flex-col items-center justify-center gap-4 p-6 text-center">
      <SpriteIcon name="ShieldX" className="size-10 text-destructive" />
      <h1 className="text-2xl font-semibold">403 — Access denied</h1>
      <p className="max-w-md text-muted-foreground">
        Your account does not have access to this part of Switchboard. Ask an administrator if you need it.
      </p>
      <SignOutButton variant="outline" />
    </main>
  );
}
