package org.policy321.posting;

/** Published by {@link AuthorizedPosters} inside the transaction that authorizes an employee to post (§I.A). */
record PosterAuthorized(String userId) {}
