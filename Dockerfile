# Production image: builds the runnable jar (Vaadin production mode) and runs it on a JRE.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/mentor-sync-*.jar extract --destination /src/app \
 && mv /src/app/mentor-sync-*.jar /src/app/mentor-sync.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --create-home mentorsync && mkdir -p /app/data && chown mentorsync /app/data
WORKDIR /app
# the jar extracted (its libraries beside it in lib/): starts a third faster than the nested jar
COPY --from=build /src/app /app
USER mentorsync
ENV MENTORSYNC_DATA_DIR=/app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD wget -qO- http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/mentor-sync.jar"]
