package org.policy321.platform.identity;

/** The Camunda groups that stand for the roles of Policy 3.21 ("Roles" in POLICY-3.21.md). */
public final class Groups {

  public static final String EMPLOYEE = "employee";
  public static final String SUPERVISOR = "supervisor";
  public static final String CHIEF = "chief";
  /** Acts for the Chief where the policy says "the Chief or designee" (§III.R). */
  public static final String DESIGNEE = "designee";
  public static final String INTERNAL_AFFAIRS = "internal-affairs";
  public static final String HR = "hr";
  /** Authorized posters (§I.A). */
  public static final String SOCIAL_MEDIA = "social-media";
  /** Reads history and nothing else. */
  public static final String AUDITOR = "auditor";
  /** Deploys diagrams and administers the engine; the starter's admin user belongs to it. */
  public static final String ADMIN = "camunda-admin";

  private Groups() {}
}
