package org.policy321.posting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An official post as it stands (§I.B, §II.C): its number, who asked for it and how (filed by an authorized poster,
 * or requested through the chain of command), what it says and shows, for which accounts, who checked it, the §IV
 * items it contains, and its publication. Each change is also an entry of the posting log, which is never changed.
 */
@Table("official_post")
public record PostRecord(@Id Long id, String postNumber, String processInstanceId, String requesterId,
    boolean filedByPoster, String category, boolean urgent, OffsetDateTime intendedAt, String postText,
    String mediaName, String mediaType, Long mediaSize, String mediaSha256, String posterId, String prohibitedItems,
    PostStatus status, OffsetDateTime publishedAt, String postUrl, OffsetDateTime takenDownAt,
    OffsetDateTime createdAt, OffsetDateTime closedAt,
    @MappedCollection(idColumn = "official_post") Set<PostAccount> accounts) {

  List<Long> accountIds() {
    return accounts.stream().map(PostAccount::accountId).sorted().toList();
  }

  boolean hasProhibitedItems() {
    return prohibitedItems != null && !prohibitedItems.isBlank();
  }

  PostRecord withStatus(PostStatus newStatus, OffsetDateTime at) {
    return new PostRecord(id, postNumber, processInstanceId, requesterId, filedByPoster, category, urgent, intendedAt,
        postText, mediaName, mediaType, mediaSize, mediaSha256, posterId, prohibitedItems, newStatus, publishedAt,
        postUrl, takenDownAt, createdAt, newStatus.closed() ? at : closedAt, accounts);
  }

  PostRecord checkedBy(String poster, String items) {
    return new PostRecord(id, postNumber, processInstanceId, requesterId, filedByPoster, category, urgent, intendedAt,
        postText, mediaName, mediaType, mediaSize, mediaSha256, poster, items, status, publishedAt, postUrl,
        takenDownAt, createdAt, closedAt, accounts);
  }

  PostRecord revised(String text, PostMedia media) {
    return new PostRecord(id, postNumber, processInstanceId, requesterId, filedByPoster, category, urgent, intendedAt,
        text, media == null ? null : media.name(), media == null ? null : media.type(),
        media == null ? null : media.size(), media == null ? null : media.sha256(), posterId, prohibitedItems, status,
        publishedAt, postUrl, takenDownAt, createdAt, closedAt, accounts);
  }

  PostRecord published(OffsetDateTime at, String url) {
    return new PostRecord(id, postNumber, processInstanceId, requesterId, filedByPoster, category, urgent, intendedAt,
        postText, mediaName, mediaType, mediaSize, mediaSha256, posterId, prohibitedItems, PostStatus.PUBLISHED, at,
        url, takenDownAt, createdAt, closedAt, accounts);
  }

  PostRecord takenDown(OffsetDateTime at) {
    return new PostRecord(id, postNumber, processInstanceId, requesterId, filedByPoster, category, urgent, intendedAt,
        postText, mediaName, mediaType, mediaSize, mediaSha256, posterId, prohibitedItems, PostStatus.TAKEN_DOWN,
        publishedAt, postUrl, at, createdAt, at, accounts);
  }

  PostMedia media() {
    return mediaName == null ? null : new PostMedia(mediaName, mediaType, mediaSize, mediaSha256);
  }
}
