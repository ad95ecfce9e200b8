// Polar's webhook (outside the console's session: authenticated by its Standard Webhooks
// signature). Reads the raw body, verifies it with the SDK, then records and applies the event.
import { webhooks } from "@polar-sh/sdk/2026-10";
import { receivePolarDelivery } from "@/lib/billing/polar-sync";
import { isDatabaseUnavailable } from "@/lib/db/availability";
import { answeringOutages } from "@/lib/http/database-outage";

export const POST = answeringOutages(async (request: Request): Promise<Response> => {
  const secret = process.env.POLAR_WEBHOOK_SECRET;
  if (!secret) {
    console.error("[polar-webhook] POLAR_WEBHOOK_SECRET is not set: delivery refused with 500 (Polar retries it). Set it to the endpoint's secret.");
    return Response.json({ error: "The webhook is not configured." }, { status: 500 });
  }
  const body = await request.text();
  const headers = Object.fromEntries(request.headers.entries());
  let payload: unknown;
  try {
    payload = await webhooks.validateEvent(body, headers, secret);
  } catch (error) {
    if (error instanceof webhooks.PolarWebhookUnknownTypeError) {
      // Signed by Polar, but a type this SDK does not know: kept and ignored.
      payload = JSON.parse(body);
    } else if (error instanceof webhooks.PolarWebhookVerificationError) {
      return Response.json({ error: "Invalid webhook signature." }, { status: 403 });
    } else if (error instanceof webhooks.PolarWebhookError) {
      return Response.json({ error: "The payload is not valid JSON." }, { status: 400 });
    } else {
      throw error;
    }
  }
  const webhookId = headers["webhook-id"];
  try {
    const received = await receivePolarDelivery(webhookId, payload);
    return Response.json(received);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error; // a 503: Polar delivers it again later
    console.error(`[polar-webhook] delivery ${webhookId} failed and was kept as failed:`, error);
    return Response.json({ error: "The event could not be applied; it is kept as failed." }, { status: 500 });
  }
});
