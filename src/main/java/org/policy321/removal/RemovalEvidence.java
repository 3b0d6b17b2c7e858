package org.policy321.removal;

import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;

/** What shows the posting is gone (§III.R): the address checked, and a screenshot or a statement. */
record RemovalEvidence(String url, String statement, String fileName) {

  static RemovalEvidence of(String url, String statement, String fileName) {
    String address = FormValues.blankToNull(url);
    String text = FormValues.optional(statement, "The statement", FormValues.MAX_TEXT);
    if (address == null) {
      throw new InvalidInputException("The address (URL) where the posting was is required, so the removal can be checked.");
    }
    checkAddress(address);
    if (text == null && fileName == null) {
      throw new InvalidInputException("Add a screenshot of the page after removal, or a statement of what you removed (§III.R).");
    }
    return new RemovalEvidence(address, text, fileName);
  }

  /**
   * What the requester could remove, when they cannot remove all of it (§III.R): everything optional, an
   * address checked when given; null when nothing was given.
   */
  static RemovalEvidence ofPartial(String url, String statement, String fileName) {
    String address = FormValues.blankToNull(url);
    String text = FormValues.optional(statement, "The statement", FormValues.MAX_TEXT);
    if (address != null) {
      checkAddress(address);
    }
    return address == null && text == null && fileName == null ? null : new RemovalEvidence(address, text, fileName);
  }

  private static void checkAddress(String address) {
    FormValues.webAddress(address, "The address (URL)");
  }


}
