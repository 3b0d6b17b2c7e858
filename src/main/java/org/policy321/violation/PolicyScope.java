package org.policy321.violation;

import java.util.Arrays;
import org.policy321.platform.forms.InvalidInputException;

/**
 * Why Policy 3.21 applies to the posting (its Scope, Purpose 9): a department account, or a personal
 * account under one of the conditions that bring it under the policy. Triage records it on acceptance,
 * and every notice to the employee concerned states it.
 */
public enum PolicyScope {
  OFFICIAL_ACCOUNT("official-account", "A department account (§I, §II)"),
  IDENTIFIES_AS_EMPLOYEE("identifies-as-employee", "A personal account whose owner identifies as a department employee"),
  DEPARTMENT_RESOURCES("department-resources", "A personal account used with department resources (devices, network, time)"),
  IN_UNIFORM("in-uniform", "A personal account showing the employee in department uniform"),
  AFFECTS_OPERATIONS("affects-operations",
      "Off-duty conduct that reasonably affects workplace harmony, discipline or public trust");

  public final String value;
  public final String meaning;

  PolicyScope(String value, String meaning) {
    this.value = value;
    this.meaning = meaning;
  }

  /** The form's value, required: an accepted report must say why the policy reaches the posting. */
  public static PolicyScope of(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("To accept the report, say why Policy 3.21 applies to the posting (its Scope): "
          + "a department account, or a personal account of an employee who identifies as one, uses department "
          + "resources, appears in uniform, or whose conduct affects the department.");
    }
    return Arrays.stream(values()).filter(scope -> scope.value.equals(value.strip())).findFirst()
        .orElseThrow(() -> new InvalidInputException("\"" + value + "\" is not one of the policy's scope conditions."));
  }
}
