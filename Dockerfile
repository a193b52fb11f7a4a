# Production image: build once, run the app's own server (scripts/serve.mjs, via start.mjs, which
# finds the build current). Configure with DATABASE_URL, NEXTAUTH_SECRET and (optionally)
# NEXTAUTH_URL, TRUST_PROXY (when a reverse proxy is in front), MEILI_URL / MEILI_MASTER_KEY.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY --from=build /app ./
EXPOSE 3000
CMD ["node", "scripts/start.mjs"]
