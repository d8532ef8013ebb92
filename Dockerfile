# Bizİzmir application image. Build stage: the production Vaadin bundle (needs no npm).
FROM maven:3.9-eclipse-temurin-17 AS build
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
