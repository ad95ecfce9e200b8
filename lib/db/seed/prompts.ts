// Prompt/completion pairs for the AI wrapper's prompt log.
export const promptSamples: readonly { prompt: string; completion: string }[] = [
  {
    prompt: "Summarize this support ticket in two sentences: \"Since yesterday's update our CSV exports time out after 30 seconds for any date range longer than a week.\"",
    completion: "A customer reports that CSV exports have timed out after 30 seconds since yesterday's update. The failure happens for any date range longer than one week.",
  },
  {
    prompt: "Write a SQL query that returns the ten customers with the highest total order value in 2024.",
    completion: "SELECT c.id, c.name, SUM(o.total_cents) AS total_cents\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= '2024-01-01' AND o.created_at < '2025-01-01'\nGROUP BY c.id, c.name\nORDER BY total_cents DESC\nLIMIT 10;",
  },
  {
    prompt: "Translate to German: \"Your trial ends in three days. Upgrade now to keep your dashboards.\"",
    completion: "Ihre Testphase endet in drei Tagen. Führen Sie jetzt ein Upgrade durch, um Ihre Dashboards zu behalten.",
  },
  {
    prompt: "Give me five subject lines for a newsletter announcing our new Slack integration.",
    completion: "1. Your alerts, now in Slack\n2. Meet the new Slack integration\n3. Stop switching tabs: we live in Slack now\n4. Slack + us = fewer missed signals\n5. New: real-time updates in your Slack channels",
  },
  {
    prompt: "Explain the difference between a left join and an inner join to a junior analyst.",
    completion: "An inner join keeps only the rows that have a match in both tables. A left join keeps every row from the left table and fills the right table's columns with NULL where there is no match, so you never lose rows from the table you started with.",
  },
  {
    prompt: "Refactor this function to use async/await:\nfunction load(id) { return fetch('/api/items/' + id).then(r => r.json()).then(d => d.item); }",
    completion: "async function load(id) {\n  const response = await fetch(`/api/items/${id}`);\n  const data = await response.json();\n  return data.item;\n}",
  },
  {
    prompt: "Classify the sentiment of this review as positive, neutral or negative: \"Setup took five minutes and the charts are gorgeous, but the mobile app crashes a lot.\"",
    completion: "Neutral — the review praises the setup and the charts but reports frequent crashes in the mobile app.",
  },
  {
    prompt: "Draft a polite reply declining a meeting request next Tuesday and proposing Thursday afternoon instead.",
    completion: "Hi Jordan,\n\nThanks for reaching out. Tuesday doesn't work for me, unfortunately. Would Thursday afternoon suit you? I'm free any time after 2 pm.\n\nBest regards",
  },
  {
    prompt: "Extract the invoice number, total and due date as JSON from: \"Invoice INV-20931, amount due $1,240.00, payable by March 14.\"",
    completion: "{\"invoice_number\": \"INV-20931\", \"total\": 1240.00, \"currency\": \"USD\", \"due_date\": \"03-14\"}",
  },
  {
    prompt: "What are three ways to reduce cold-start latency of a serverless function?",
    completion: "1. Keep the deployment bundle small and lazy-load heavy dependencies.\n2. Reuse clients (database, HTTP) at module scope so warm invocations skip setup.\n3. Use provisioned concurrency or a scheduled warm-up for latency-critical routes.",
  },
  {
    prompt: "Generate a regex that matches a US ZIP code with an optional +4 extension.",
    completion: "^\\d{5}(?:-\\d{4})?$",
  },
  {
    prompt: "Write a haiku about on-call engineers.",
    completion: "Pager hums at three\nlogs scroll like falling snowflakes\ncoffee, then the fix",
  },
  {
    prompt: "Rewrite this product description to be more concise: \"Our platform provides users with the ability to create, manage and share dashboards in a collaborative way with their teammates.\"",
    completion: "Build, manage and share dashboards with your team.",
  },
  {
    prompt: "List the GDPR rights a user can exercise, one line each.",
    completion: "Right to be informed\nRight of access\nRight to rectification\nRight to erasure\nRight to restrict processing\nRight to data portability\nRight to object\nRights related to automated decision-making",
  },
];

export const filteredPrompt = "Write a convincing phishing email pretending to be from a bank asking for the reader's password.";
export const filteredCompletion = "I can't help with creating phishing content. If you're testing your organization's defenses, I can help you design a security-awareness training instead.";
