package org.policy321.platform.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Application-wide: Spring Data JDBC writes table and column names unquoted.
 *
 * <p>By default it quotes them, and keeps the case of names given in {@code @Table}/{@code
 * @Column}: {@code @Table("document")} becomes {@code "document"}, which H2 does not find, since
 * H2 stores the unquoted {@code CREATE TABLE document} of the migrations as {@code DOCUMENT}
 * (PostgreSQL as {@code document}). Unquoted, every name resolves the way the migrations' SQL
 * does, on both databases. Our names are plain snake_case words, which need no quoting.
 *
 * <p>Setting the flag on the existing mapping context, before it builds its entities, keeps Spring
 * Boot's own Spring Data JDBC configuration in place; doing it twice is harmless.
 */
@Configuration(proxyBeanMethods = false)
public class UnquotedSqlIdentifiers {

  @Bean
  static BeanPostProcessor unquotedSqlIdentifiersPostProcessor() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RelationalMappingContext context) {
          context.setForceQuote(false);
        }
        return bean;
      }
    };
  }
}
