package org.policy321.platform.identity;

/**
 * Published when a user joins the group {@code employee} in the engine's identity store (Camunda Admin, or HR adding
 * them to the roster, {@link RosterMaintenance}), inside the command that made them a member: §VI.A trains every
 * new hire. Whether they are a new hire is the roster's: their hire date.
 */
public record StaffJoined(String userId) {}
