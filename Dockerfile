# sbr serve in a container (issue 12 item 3). Multi-stage: the build stage has the dev dependencies (tsc, esbuild);
# the runtime stage has only production dependencies, dist/ and the artifacts you copy in. Not built in CI here.
#   docker build -t sbr-validator .
#   docker run --rm -p 8080:8080 -v "$PWD/validators:/validators:ro" sbr-validator --validator /validators/kvk-2024.sbrv
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
RUN npm ci --ignore-scripts
COPY src ./src
COPY schemas ./schemas
COPY scripts ./scripts
RUN npm run build && npm run build:portal

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY schemas ./schemas
USER node
EXPOSE 8080
ENTRYPOINT ["node", "bin/sbr.js", "serve", "--host", "0.0.0.0", "--port", "8080"]
