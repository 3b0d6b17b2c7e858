package org.policy321.platform.webapps;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The department whose tool Tasklist, Cockpit and Admin are: its name stands in their header and the
 * browser's title ("Springfield Police Department Tasklist") where Camunda's stands by default.
 */
@ConfigurationProperties("policy.department")
public record DepartmentProperties(String name) {

  public DepartmentProperties {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("policy.department.name is required: the department's name, shown in "
          + "Tasklist, Cockpit and Admin (e.g. \"Springfield Police Department\")");
    }
    name = name.strip();
  }
}
