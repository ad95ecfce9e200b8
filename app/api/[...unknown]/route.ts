// Any /api path no route handler serves: a JSON 404 for every method (never a redirect to sign-in,
// which a misconfigured webhook sender or API client would follow or misread).
function notFound(): Response {
  return Response.json({ error: "Not found" }, { status: 404 });
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as HEAD, notFound as OPTIONS };
