# syntax=docker/dockerfile:1
# Switchboard: build the standalone output in one stage, ship only it (no dev dependencies, no
# sources) in the next, run as the image's unprivileged `node` user.
#   docker build -t switchboard .
#   docker run --rm -e DATABASE_URL=… switchboard node migrate.mjs      # once per release, before the new instances
#   docker run -e DATABASE_URL=… -e BETTER_AUTH_SECRET=… -e BETTER_AUTH_URL=https://console.example.com -p 3000:3000 switchboard
# Health check for the load balancer: GET /api/health (200 ready, 503 not).

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
# .next/standalone: server code, traced node_modules, static assets, drizzle/, serve.mjs, migrate.mjs.
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
CMD ["node", "serve.mjs"]
