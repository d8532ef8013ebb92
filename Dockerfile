# Bizİzmir application image. Build stage: the production Vaadin bundle (Vaadin fetches its
# own Node), plus the process owners' editors (modeler/) and the maps' Leaflet (weblibs/), which
# Maven builds with `node build.mjs` and `npm ci`: Node 20 and npm come from the official image.
FROM node:20-bookworm-slim AS node
FROM maven:3.9-eclipse-temurin-17 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && ln -s /usr/local/lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
    && node --version && npm --version
WORKDIR /build
COPY . .
# -Dmdep.skip: the test-only Keycloak distribution (~165 MB) is not needed for the jar.
RUN mvn -B -Pproduction -DskipTests -Dmdep.skip=true package \
    && cp target/bizizmir-*.jar /build/bizizmir.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /app bizizmir
WORKDIR /app
COPY --from=build /build/bizizmir.jar /app/bizizmir.jar
USER bizizmir
ENV SPRING_PROFILES_ACTIVE=postgres,keycloak
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/bizizmir.jar"]
