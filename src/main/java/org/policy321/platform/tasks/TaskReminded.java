package org.policy321.platform.tasks;

/**
 * Published by {@link TaskReminder} inside the transaction that reminds an open task (a reminder
 * or an escalation), for whatever tells people about it outside Tasklist (e-mail notifications).
 */
public record TaskReminded(String taskId) {}
