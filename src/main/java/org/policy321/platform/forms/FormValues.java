package org.policy321.platform.forms;

import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reading what a person typed into a form (or a REST client sent), the same way everywhere:
 * blank is "not given", text is trimmed, length is limited, and a missing required value is
 * refused with a sentence that names the field.
 */
public final class FormValues {

  /** The most text any field keeps (the database columns hold 4000 characters). */
  public static final int MAX_TEXT = 4000;

  private FormValues() {}

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** A yes/no select's answers, as {@link #flag} reads them; the selects offer exactly these (FormOptionsTest). */
  public static final List<String> FLAG_VALUES = List.of("true", "false");

  /** A yes/no field: a Boolean from REST clients, "true"/"false" from a Tasklist select, else unanswered (null). */
  public static Boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean answer) {
      return answer;
    }
    return value == null || value.toString().isBlank() ? null : Boolean.valueOf(value.toString());
  }

  public static String required(String value, String what) {
    return required(value, what, MAX_TEXT);
  }

  public static String required(String value, String what, int max) {
    String text = optional(value, what, max);
    if (text == null) {
      throw new InvalidInputException(what + " is required.");
    }
    return text;
  }

  public static String optional(String value, String what, int max) {
    String text = blankToNull(value);
    if (text != null && text.length() > max) {
      throw new InvalidInputException(what + " is " + text.length() + " characters long; at most " + max + " are kept.");
    }
    return text;
  }

  /** The most a web address keeps. */
  public static final int MAX_ADDRESS = 2000;

  /**
   * An http(s) address with a host, or null when none was given: one rule for every address a person types (a
   * posting, an official account, removal evidence), with one sentence when it is not a web address.
   */
  public static String webAddress(String value, String what) {
    String address = optional(value, what, MAX_ADDRESS);
    if (address == null) {
      return null;
    }
    try {
      URI uri = URI.create(address);
      if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null) {
        return address;
      }
    } catch (IllegalArgumentException e) {
      // refused below, with the same message as any other malformed address
    }
    throw new InvalidInputException("The address \"" + address + "\" is not a web address; give it as https://...");
  }

  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
