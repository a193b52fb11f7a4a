# Production image: build once, run `next start`. Configure with DATABASE_URL, NEXTAUTH_SECRET,
# NEXTAUTH_URL and (optionally) MEILI_URL / MEILI_MASTER_KEY.
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
