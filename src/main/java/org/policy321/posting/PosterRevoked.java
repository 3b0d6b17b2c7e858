package org.policy321.posting;

/** Published by {@link AuthorizedPosters} inside the transaction that revokes a poster's authorization (§I.A). */
record PosterRevoked(String userId) {}
