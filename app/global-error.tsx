"use client";

// Last resort when the root layout itself fails: plain HTML, no providers.
export default function GlobalError({ retry }: { retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem", textAlign: "center" }}>
        <h1>Switchboard could not load</h1>
        <p>Something went wrong on our side. Nothing was changed.</p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </body>
    </html>
  );
}
