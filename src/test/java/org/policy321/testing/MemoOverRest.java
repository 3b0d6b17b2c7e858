package org.policy321.testing;

import static org.policy321.platform.rest.EngineRest.string;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policy321.approval.DepictionApproval.Vars;

/** A complete memo (§III.E) as a REST client starts the depiction approval with it: typed start variables. */
public final class MemoOverRest {

  private MemoOverRest() {}

  public static Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.PROPOSED_USAGE, string("A photograph of me in uniform at the charity run."));
    variables.put(Vars.PURPOSE, string("Fundraising page of the charity run"));
    variables.put(Vars.PLATFORM, string("Facebook"));
    variables.put(Vars.URL, string("https://example.org/charity-run"));
    variables.put(Vars.DEPICTIONS, string("uniform"));
    variables.put(Vars.POSTING_UNTIL, string(LocalDate.now(ZoneOffset.UTC).plusYears(2).toString()));
    return variables;
  }
}
