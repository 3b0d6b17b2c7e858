package org.policy321.posting;

/** Where an authorized poster may post from (§I.A). */
public enum PostingEquipment {
  /** The policy's rule: department-approved equipment only. */
  DEPARTMENT_APPROVED,
  /** "unless administration authorizes otherwise": the authorization records who allowed what and why. */
  EXCEPTION_AUTHORIZED
}
