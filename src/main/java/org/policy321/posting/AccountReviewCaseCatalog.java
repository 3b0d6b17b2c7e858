package org.policy321.posting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policy321.platform.cases.CaseCatalog;
import org.policy321.platform.cases.CaseKind;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.cases.CaseRecord.CaseParty;
import org.policy321.platform.cases.OpenRange;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Component;

/**
 * One yearly review of an official account as a case (§I.D, §VI.B): {@code OA-<account>-<year due>}, the business
 * key of its process, opened when it is scheduled and closed when the next one is. Read by the account's overseer
 * (and whoever reviewed it for them), the Chief, designees and HR, who keep the accounts, and auditors. Its records are
 * the review's row; the account stays in the register.
 */
@Component
class AccountReviewCaseCatalog implements CaseCatalog {

  private final AccountReviewRepository reviews;
  private final OfficialAccountRepository accounts;
  private final Roster roster;

  AccountReviewCaseCatalog(AccountReviewRepository reviews, OfficialAccountRepository accounts, Roster roster) {
    this.reviews = reviews;
    this.accounts = accounts;
    this.roster = roster;
  }

  @Override
  public CaseKind kind() {
    return CaseKind.OFFICIAL_ACCOUNT_REVIEW;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(OfficialAccountReview.PROCESS_KEY);
  }

  @Override
  public Optional<CaseRecord> find(String caseNumber) {
    return caseNumber.startsWith(AccountReview.NUMBER_PREFIX)
        ? reviews.findByReviewNumber(caseNumber).map(this::record) : Optional.empty();
  }

  @Override
  public Optional<CaseRecord> ofProcessInstance(String processInstanceId) {
    return reviews.findByProcessInstanceId(processInstanceId).map(this::record);
  }

  @Override
  public List<CaseRecord> openedBetween(OffsetDateTime from, OffsetDateTime to) {
    OpenRange range = OpenRange.of(from, to);
    return reviews.findByScheduledAtBetweenOrderByIdAsc(range.from(), range.to()).stream().map(this::record).toList();
  }

  @Override
  public Optional<String> refusal(String userId, CaseRecord record) {
    if (record.concerns(userId) || roster.belongsTo(userId, AccountReviewRouting.ACCOUNT_KEEPERS.toArray(String[]::new))) {
      return Optional.empty();
    }
    return Optional.of("This is the review of an official account you do not oversee: it is read by its overseer, the "
        + "Chief of Police, designees, Human Resources and auditors (Policy 3.21 §I.D, §VI.B).");
  }

  @Override
  public void removeRecords(CaseRecord record) {
    reviews.findByReviewNumber(record.number()).ifPresent(reviews::delete);
  }

  private CaseRecord record(AccountReview review) {
    String account = accounts.findById(review.accountId()).map(OfficialAccount::label)
        .orElse("Official account " + review.accountId());
    List<CaseParty> parties = new ArrayList<>(List.of(new CaseParty("Overseer", review.overseerId())));
    if (review.reviewedBy() != null && !review.reviewedBy().equals(review.overseerId())) {
      parties.add(new CaseParty("Reviewer", review.reviewedBy()));
    }
    return new CaseRecord(List.of(review.reviewNumber()), CaseKind.OFFICIAL_ACCOUNT_REVIEW,
        account + ": yearly §I.D checklist, due " + review.dueAt().toLocalDate(), review.status().name(),
        review.scheduledAt(), review.closedAt(), parties, review.processInstanceId(), Set.of(), Set.of());
  }
}
