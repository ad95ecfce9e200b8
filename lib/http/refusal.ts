// A route handler's refusal as JSON ({ error }), the shape the console's fetch callers read.
export const refusal = (status: number, message: string) => Response.json({ error: message }, { status });
