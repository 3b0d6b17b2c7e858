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
  CRIME_SCENE("crime-scene", "Crime scene"),
  EVIDENCE("evidence", "Evidence"),
  WEAPONS("weapons", "Weapons"),
  EQUIPMENT("equipment", "Other equipment"),
  OTHER("other", "Other reference to the department"),
  /** §III.D, second sentence: may never be posted. Offered so that the form can say so, and refused. */
  BODY_WORN_CAMERA("body-worn-camera", "Body-worn camera footage", true),
  /** §III.D, second sentence: may never be posted. */
  PERSONNEL_RECORDS("personnel-records", "Personnel records", true);

  static final String NEVER_APPROVABLE = "Body-worn camera footage and personnel records may never be posted "
      + "(Policy 3.21 §III.D); not even the Chief can approve them. Remove them from the request.";

  final String value;
  final String label;
  final boolean neverApprovable;

  Depiction(String value, String label) {
    this(value, label, false);
  }

  Depiction(String value, String label, boolean neverApprovable) {
    this.value = value;
    this.label = label;
    this.neverApprovable = neverApprovable;
  }

  String label() {
    return label;
  }

  /** Whether a request's depictions, as recorded (their labels), name one that can never be approved. */
  static boolean anyNeverApprovable(String recordedLabels) {
    return recordedLabels != null && Arrays.stream(values())
        .anyMatch(d -> d.neverApprovable && recordedLabels.contains(d.label));
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
