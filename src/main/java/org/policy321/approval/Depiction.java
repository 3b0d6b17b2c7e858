package org.policy321.approval;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a request asks to show (§III.E, §III.D): the values of the start form's checkboxes. */
public enum Depiction {
  UNIFORM("uniform", "Uniform"),
  BADGE("badge", "Badge"),
  PATCH("patch", "Patch"),
  MARKED_UNIT("marked-unit", "Marked unit"),
  LOGO("logo", "Logo or graphic"),
  PREMISES("premises", "Premises"),
  OTHER("other", "Other reference to the department");

  final String value;
  final String label;

  Depiction(String value, String label) {
    this.value = value;
    this.label = label;
  }

  String label() {
    return label;
  }

  static Depiction fromValue(String value) {
    return Arrays.stream(values()).filter(d -> d.value.equalsIgnoreCase(value.trim())).findFirst()
        .orElseThrow(() -> new org.policy321.platform.forms.InvalidInputException(
            "\"" + value.trim() + "\" is not something a request can depict; choose from: " + allowedValues() + "."));
  }

  static String allowedValues() {
    return Arrays.stream(values()).map(d -> d.value).collect(Collectors.joining(", "));
  }
}
