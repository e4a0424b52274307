# Production-like image: the API serving the built admin panel. PostgreSQL comes from
# DATABASE_URL (see docker-compose.yml), so the embedded database is not used here.
FROM node:20-bookworm-slim
WORKDIR /app
ENV CI=true
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.json ./
COPY packages/api/package.json packages/api/package.json
COPY packages/admin/package.json packages/admin/package.json
RUN npx -y pnpm@10.34.9 install --frozen-lockfile
COPY schema.graphql ./
COPY packages ./packages
RUN npx -y pnpm@10.34.9 --filter @cx-loop/admin build
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
CMD ["npx", "-y", "pnpm@10.34.9", "--filter", "@cx-loop/api", "start"]
