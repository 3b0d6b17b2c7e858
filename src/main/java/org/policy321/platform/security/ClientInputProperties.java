package org.policy321.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what a client may send with a start or a completion ({@code policy.client-input}).
 *
 * @param maxTextLength the longest text one field may hold; a memo's description is a few hundred
 *     words, so anything near this is a client filling the database, not a person writing.
 */
@ConfigurationProperties("policy.client-input")
public record ClientInputProperties(@DefaultValue("20000") int maxTextLength) {}
