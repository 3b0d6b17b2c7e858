package org.policy321.violation.anonymous;

import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Receipt codes of anonymous reports (§V.A): {@code HHHH-HHHH-SSSS-SSSS-SSSS-SSSS}, random. The
 * first eight characters are a public handle that finds the case; the rest is a secret of 80 bits
 * kept only as a PBKDF2 hash, so neither the database nor a backup can give the code back, and a
 * guessed handle without its secret reads nothing.
 */
@Service
class ReceiptCodes {

  /** No 0/O, 1/I/L: codes are copied by hand. */
  private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int HANDLE_LENGTH = 8;
  private static final int SECRET_LENGTH = 16;

  private final SecureRandom random = new SecureRandom();
  private final Pbkdf2PasswordEncoder encoder = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  /** Compared against when the handle is unknown, so a wrong handle costs the same time as a wrong secret. */
  private final String decoy = encoder.encode("decoy");

  /** A new code, its handle and the hash of its secret; the code itself is shown once and kept nowhere. */
  record Issued(String code, String handle, String secretHash) {}

  Issued issue() {
    String handle = randomText(HANDLE_LENGTH);
    String secret = randomText(SECRET_LENGTH);
    String code = (handle + secret).replaceAll("(.{4})(?!$)", "$1-");
    return new Issued(code, handle, encoder.encode(secret));
  }

  /** The handle of a code as someone typed it (any case, with or without dashes), if it is shaped like one. */
  Optional<String> handleOf(String code) {
    String plain = normalized(code);
    return plain.length() == HANDLE_LENGTH + SECRET_LENGTH ? Optional.of(plain.substring(0, HANDLE_LENGTH))
        : Optional.empty();
  }

  boolean matches(String code, String secretHash) {
    String plain = normalized(code);
    String secret = plain.length() == HANDLE_LENGTH + SECRET_LENGTH ? plain.substring(HANDLE_LENGTH) : "";
    return encoder.matches(secret, secretHash == null ? decoy : secretHash);
  }

  private static String normalized(String code) {
    return code == null ? "" : code.toUpperCase().replaceAll("[^A-Z0-9]", "");
  }

  private String randomText(int length) {
    char[] text = new char[length];
    for (int i = 0; i < length; i++) {
      text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(text);
  }
}
