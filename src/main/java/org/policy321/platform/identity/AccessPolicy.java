package org.policy321.platform.identity;

import java.util.List;

/** What one feature lets each role do; every feature that has a process contributes one bean. */
public interface AccessPolicy {

  List<AccessGrant> grants();
}
