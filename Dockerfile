# syntax=docker/dockerfile:1.7
# One image recipe for every part; choose the part with --build-arg MODULE=<module>.
# Build stage: JDK 25 compiles (release 17) and packages only the module asked for.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY embedded-mongodb/pom.xml embedded-mongodb/
COPY mail-server/pom.xml mail-server/
COPY test-support/pom.xml test-support/
COPY service-platform/pom.xml service-platform/
COPY discovery-server/pom.xml discovery-server/
COPY catalog-service/pom.xml catalog-service/
COPY order-service/pom.xml order-service/
COPY provider-service/pom.xml provider-service/
COPY notification-service/pom.xml notification-service/
COPY gateway/pom.xml gateway/
COPY system-tests/pom.xml system-tests/
COPY embedded-mongodb/src embedded-mongodb/src
COPY mail-server/src mail-server/src
COPY test-support/src test-support/src
COPY service-platform/src service-platform/src
COPY discovery-server/src discovery-server/src
COPY catalog-service/src catalog-service/src
COPY order-service/src order-service/src
COPY provider-service/src provider-service/src
COPY notification-service/src notification-service/src
COPY gateway/src gateway/src
ARG MODULE
RUN --mount=type=cache,target=/root/.m2 \
    test -n "$MODULE" && ./mvnw -B -q -DskipTests package -pl "$MODULE" -am \
    && java -Djarmode=tools -jar "$MODULE/target/$MODULE-0.1.0-SNAPSHOT.jar" extract --destination /app \
    && mv "/app/$MODULE-0.1.0-SNAPSHOT.jar" /app/application.jar

# Run stage: a JRE, the extracted application (jar + lib/, which class-data sharing can use), no root.
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home concierge
WORKDIR /app
COPY --from=build /app /app
# A class-data archive made once at build time shortens every start (training run of the context;
# the two placeholders let it get past the secrets checks, exist in this step only, and no running
# container ever has them: compose requires real ones).
RUN CONCIERGE_INTERNAL_TOKEN=training-run-only-never-a-service-secret \
    EUREKA_PASSWORD=training-run-only-never-a-service-secret \
    java -XX:ArchiveClassesAtExit=/app/application.jsa -Dspring.context.exit=onRefresh \
        -Dspring.cloud.discovery.enabled=false -Deureka.client.enabled=false \
        -Dspring.profiles.active=cds-training -jar /app/application.jar >/dev/null 2>&1 || true
USER concierge
ENV JAVA_OPTS="-XX:MaxRAMPercentage=70 -XX:+UseSerialGC -Xss512k -XX:SharedArchiveFile=/app/application.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/application.jar"]
