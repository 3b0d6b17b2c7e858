package org.policy321.posting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policy321.platform.cases.CaseCatalog;
import org.policy321.platform.cases.CaseKind;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.cases.CaseRecord.CaseParty;
import org.policy321.platform.cases.OpenRange;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An official post as a case ({@code OP-<year>-<n>}): its process's history for the auditors' view and its records
 * retention ({@code policy.retention.history-time-to-live.official-post}). Read by its requester and poster, the
 * Chief and designees (who approve posts), authorized posters and HR (who keep the records of posts, §II.C, §VI.B),
 * and auditors. When retention removes a post's history, its row goes too; its posting log entries stay (§VI.B: the
 * log is the department's record and is append-only).
 */
@Component
class OfficialPostCaseCatalog implements CaseCatalog {

  private static final String PREFIX = "OP-";

  private final PostRecordRepository posts;
  private final Roster roster;
  private final NamedParameterJdbcTemplate jdbc;

  OfficialPostCaseCatalog(PostRecordRepository posts, Roster roster, NamedParameterJdbcTemplate jdbc) {
    this.posts = posts;
    this.roster = roster;
    this.jdbc = jdbc;
  }

  @Override
  public CaseKind kind() {
    return CaseKind.OFFICIAL_POST;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(OfficialPost.PROCESS_KEY);
  }

  @Override
  public Optional<CaseRecord> find(String caseNumber) {
    return caseNumber.startsWith(PREFIX) ? posts.findByPostNumber(caseNumber).map(this::record) : Optional.empty();
  }

  @Override
  public Optional<CaseRecord> ofProcessInstance(String processInstanceId) {
    return posts.findByProcessInstanceId(processInstanceId).map(this::record);
  }

  @Override
  public List<CaseRecord> openedBetween(OffsetDateTime from, OffsetDateTime to) {
    OpenRange range = OpenRange.of(from, to);
    return posts.findByCreatedAtBetweenOrderByIdAsc(range.from(), range.to()).stream().map(this::record).toList();
  }

  @Override
  public Optional<String> refusal(String userId, CaseRecord record) {
    if (record.concerns(userId)
        || roster.belongsTo(userId, Groups.CHIEF, Groups.DESIGNEE, Groups.SOCIAL_MEDIA, Groups.HR)) {
      return Optional.empty();
    }
    return Optional.of("This is another employee's official post: you read the history of your own posts only.");
  }

  @Override
  @Transactional
  public void removeRecords(CaseRecord record) {
    Map<String, Object> number = Map.of("number", record.number());
    jdbc.update("DELETE FROM official_post_account WHERE official_post IN "
        + "(SELECT id FROM official_post WHERE post_number = :number)", number);
    jdbc.update("DELETE FROM official_post WHERE post_number = :number", number);
  }

  private CaseRecord record(PostRecord post) {
    List<CaseParty> parties = post.posterId() == null || post.posterId().equals(post.requesterId())
        ? List.of(new CaseParty("Requester", post.requesterId()))
        : List.of(new CaseParty("Requester", post.requesterId()), new CaseParty("Poster", post.posterId()));
    return new CaseRecord(List.of(post.postNumber()), CaseKind.OFFICIAL_POST,
        PostCategory.of(post.category()).label + ": " + abbreviated(post.postText()), post.status().name(),
        post.createdAt(), post.closedAt(), parties,
        post.processInstanceId(), Set.of(), Set.of());
  }

  private static String abbreviated(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }
}
