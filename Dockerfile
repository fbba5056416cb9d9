# Chanscope: one image with the Spring Boot backend and the browser page it serves.
#   docker build -t chanscope . && docker run --rm -p 8080:8080 chanscope   (or: docker compose up)
# Plain Dockerfile syntax on purpose (no BuildKit-only features): it also builds with the classic
# builder, which is what the Testcontainers image test (DockerImageTest) uses.

# Node 20 for the frontend build. The build image below is Ubuntu-based and its distro Node is too old
# (Ubuntu 24.04 ships Node 18), so the official Node binaries are copied in from here.
FROM node:20-bookworm-slim AS node

# ---- build: JDK 25 + Maven + Node 20 -------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-25 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version && java -version && mvn -v
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
WORKDIR /src
COPY . .
# The frontend module runs npm ci + the Vite build; the backend module packages both into one jar.
RUN mvn -B -ntp -DskipTests package

# ---- run: JRE 25 only -----------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
# curl is for HEALTHCHECK; installing it is a no-op if the base image already has it.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 chanscope \
 && useradd --system --uid 10001 --gid chanscope --home-dir /app --no-create-home --shell /usr/sbin/nologin chanscope
WORKDIR /app
# The documented way to run the jar (README, "Run the jar"): bin/chanscope finds this image's Java 25
# (JAVA_HOME) and execs `java $JAVA_OPTS -jar /app/chanscope.jar`, so java is PID 1 and gets SIGTERM.
# The jar's manifest carries Add-Exports: java.base/jdk.internal.vm, which the engine needs.
COPY --from=build /src/.mvn/select-jdk.sh /app/.mvn/select-jdk.sh
COPY --from=build /src/bin/chanscope /app/bin/chanscope
COPY --from=build /src/backend/target/chanscope.jar /app/chanscope.jar
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["/app/bin/chanscope"]
