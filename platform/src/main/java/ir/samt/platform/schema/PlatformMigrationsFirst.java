package ir.samt.platform.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Runs {@link PlatformMigrations} on the service's datasource before Quarkus migrates the service's
 * own tables at start. Quarkus runs one Flyway per datasource and calls its customizers with the
 * datasource right before that Flyway runs; that is the one hook that comes before the service's
 * migrations (which must not see the platform's rows of an earlier layout) and before Hibernate ORM,
 * in the services that have entities, validates the schema. Nothing about the service's Flyway is changed here.
 */
@ApplicationScoped
public class PlatformMigrationsFirst implements FlywayConfigurationCustomizer {

    @Inject
    PlatformSchemaConfig config;

    @ConfigProperty(name = "quarkus.flyway.migrate-at-start", defaultValue = "false")
    boolean migrateAtStart;

    @Override
    public void customize(FluentConfiguration service) {
        if (migrateAtStart) {
            PlatformMigrations.migrate(service.getDataSource(), service.getTable(), config.migrations());
        }
    }
}
