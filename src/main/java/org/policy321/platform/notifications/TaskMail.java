package org.policy321.platform.notifications;

/**
 * One e-mail about one task, ready to send. A record, so the same mail prepared twice in one
 * transaction (a task created with an assignee fires both "create" and "assignment") is sent once.
 */
record TaskMail(String taskId, String to, String subject, String text) {}
