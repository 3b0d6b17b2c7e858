package org.policy321.violation;

/**
 * Published when a case closes with the discipline "referral for training" (§V.B), inside the same transaction: the
 * training feature starts the employee's training with the case linked (§VI.A).
 */
public record ReferredForTraining(String caseNumber, String employeeId) {}
