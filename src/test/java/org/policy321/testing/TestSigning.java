package org.policy321.testing;

/**
 * The tests' signing keystore, as application-test.yaml configures it, for tests that start a slice of the
 * application without the {@code test} profile ({@code @TestPropertySource(properties = {KEYSTORE, ...})}).
 */
public final class TestSigning {

  public static final String KEYSTORE = "policy.documents.signing.keystore=target/test-signing/department.p12";
  public static final String PASSWORD = "policy.documents.signing.password=test-signing";
  public static final String CREATE_IF_MISSING = "policy.documents.signing.create-if-missing=true";

  private TestSigning() {}
}
