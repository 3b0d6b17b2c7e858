package org.policy321.platform.config;

import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded H2 file stays the size of its content (issue 18). H2 appends each commit to the file and reclaims
 * space by compaction; with {@code WRITE_DELAY=0} (each commit written at once) the file grew to ten times its
 * content under the scale benchmark, and H2's compaction when the last connection closes did not bring it back
 * (a 4.8 GB file stayed 4.8 GB). {@code SHUTDOWN COMPACT} does: it rewrites the file with only what is live, in about a
 * second per few hundred megabytes. So when the application stops, after the engine has stopped and before the
 * connection pool closes, the file is compacted.
 *
 * <p>Only for an H2 file the application alone opens ({@code AUTO_SERVER} off): a shared file would be shut for
 * everyone else too. PostgreSQL reclaims space itself (autovacuum).
 */
@Configuration
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:') "
    + "and !'${spring.datasource.url:}'.toUpperCase().contains('AUTO_SERVER=TRUE')")
class H2CompactionOnShutdown {

  private static final String BEAN = "h2FileCompaction";

  /** The engine depends on the compaction, so the engine is closed first and the compaction runs after it. */
  @Bean
  static BeanFactoryPostProcessor engineClosesBeforeH2Compacts() {
    return (ConfigurableListableBeanFactory factory) -> {
      for (String engine : factory.getBeanNamesForType(ProcessEngine.class, true, false)) {
        String name = engine.startsWith("&") ? engine.substring(1) : engine;
        if (factory.containsBeanDefinition(name)) {
          BeanDefinition definition = factory.getBeanDefinition(name);
          String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
          definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(BEAN)).toArray(String[]::new));
        }
      }
    };
  }

  @Bean(BEAN)
  DisposableBean h2FileCompaction(DataSource dataSource, @Value("${spring.datasource.url}") String url) {
    Logger log = LoggerFactory.getLogger(H2CompactionOnShutdown.class);
    return () -> {
      try {
        new JdbcTemplate(dataSource).execute("SHUTDOWN COMPACT");
        log.info("H2 file compacted on shutdown: {}", url);
      } catch (RuntimeException e) {
        // The database closes anyway; a file left uncompacted is compacted at the next stop.
        log.warn("H2 file not compacted on shutdown: {}", e.getMessage());
      }
    };
  }
}
