"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";

// A sensitive action refused for want of a fresh second factor: the form kit asks here for a
// current code and, once it verifies, runs the action again (useActionForm, ConfirmActionDialog).
type Request = { message: string; resolve: (verified: boolean) => void };
let show: ((request: Request) => void) | null = null;

/** Asks for a current two-factor code; true once one verified (then retry the action), false if cancelled. */
export function askForSecondFactor(message: string): Promise<boolean> {
  if (!show) return Promise.resolve(false);
  const open = show;
  return new Promise((resolve) => open({ message, resolve }));
}

const SecondFactorDialog = dynamic(() => import("./second-factor-dialog"), { ssr: false });

/** Mounted once by the console shell; its dialog's code loads only when a code is asked for. */
export function SecondFactorPromptHost() {
  const [request, setRequest] = useState<Request | null>(null);
  useEffect(() => {
    show = setRequest;
    return () => {
      show = null;
    };
  }, []);
  if (!request) return null;
  const finish = (verified: boolean) => {
    request.resolve(verified);
    setRequest(null);
  };
  return <SecondFactorDialog message={request.message} onDone={finish} />;
}
