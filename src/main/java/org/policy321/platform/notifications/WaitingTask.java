package org.policy321.platform.notifications;

import java.util.Date;

/** What a notification may say about a task: its id (for the link), its name and due date, and its process. */
record WaitingTask(String id, String name, Date dueDate, String processDefinitionKey) {}
