package org.policy321.platform.config;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java, as a Spring bean (Spring Boot hands every {@link JavaMigration} bean to
 * Flyway): for what SQL cannot say the same way in H2 and PostgreSQL. Its version and description are given, not
 * read from a class name; it runs once, in the migration's transaction, and its checksum is fixed: a migration is
 * never changed once it has run, a new one is written instead.
 */
public abstract class VersionedJavaMigration implements JavaMigration {

  private final MigrationVersion version;
  private final String description;

  protected VersionedJavaMigration(String version, String description) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return 1;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
