package org.oxpip.outcomes.feedback;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.oxpip.outcomes.assessment.Assessment;
import org.oxpip.outcomes.audit.AuditLog;
import org.oxpip.outcomes.audit.AuditLog.Action;
import org.oxpip.outcomes.erasure.ErasedReferrals;
import org.oxpip.outcomes.feed.QuoteFeedWriter;
import org.oxpip.platform.paging.PageRequest;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.versions.Versions;

/**
 * Approves, edits and withdraws quotes, and withdraws them when the words may no longer be quoted: the consent
 * corrected away, the comment changed, the questionnaire deleted. Each change is audited (by feedback id) and
 * appended to the quotes feed in its own transaction; a refused request leaves no trace.
 */
@ApplicationScoped
public class Quotes {

    /** Why a quote was withdrawn without a manager: fixed words, never the parent's. */
    static final String CONSENT_CHANGED = "The parent's consent to quoting was corrected on the questionnaire";

    static final String COMMENT_CHANGED = "The comment was corrected on the questionnaire";
    static final String QUESTIONNAIRE_DELETED = "The questionnaire was deleted as entered in error";

    @Inject
    AuditLog audit;

    @Inject
    QuoteFeedWriter feed;

    @Inject
    Callers callers;

    @Inject
    ErasedReferrals erasedReferrals;

    @Transactional
    public Quote approve(UUID feedbackId, QuoteRequest request) {
        Assessment feedback = feedback(feedbackId);
        if (request == null) {
            throw ProblemException.bodyRequired();
        }
        refuseIfAny(QuoteRules.check(request, feedback.comments));
        quotable(feedback);
        erasedReferrals.holdForWriting(feedback.referralId);
        Quote quote = Quote.ofAssessment(feedback.id).orElse(null);
        if (quote != null && quote.approved()) {
            throw ProblemException.conflict(
                    "quote-approved", "This feedback is already approved as a quote: edit it (PUT) or withdraw it");
        }
        Instant now = Instant.now();
        if (quote == null) {
            quote = new Quote();
            quote.id = UUID.randomUUID();
            quote.assessmentId = feedback.id;
            quote.month = feedback.completedOn.withDayOfMonth(1);
        } else {
            Quote.getEntityManager().lock(quote, LockModeType.PESSIMISTIC_WRITE);
        }
        quote.approve(request.fundingStreams(), textOf(request, feedback), edited(request, feedback), actor(), now);
        quote.persist();
        audit.record(Action.APPROVE_QUOTE, AuditLog.FEEDBACK, feedbackId);
        feed.append(quote.id, now);
        return quote;
    }

    @Transactional
    public Quote edit(UUID feedbackId, int expectedVersion, QuoteRequest request) {
        Assessment feedback = feedback(feedbackId);
        Quote quote = current(feedback, expectedVersion);
        if (request == null) {
            throw ProblemException.bodyRequired();
        }
        refuseIfAny(QuoteRules.check(request, feedback.comments));
        erasedReferrals.holdForWriting(feedback.referralId);
        Quote.getEntityManager().refresh(quote, LockModeType.PESSIMISTIC_WRITE);
        requireApproved(quote, expectedVersion);
        Instant now = Instant.now();
        quote.edit(request.fundingStreams(), textOf(request, feedback), edited(request, feedback), now);
        audit.record(Action.EDIT_QUOTE, AuditLog.FEEDBACK, feedbackId);
        feed.append(quote.id, now);
        return quote;
    }

    @Transactional
    public void withdraw(UUID feedbackId, int expectedVersion, QuoteWithdrawal withdrawal) {
        Assessment feedback = feedback(feedbackId);
        Quote quote = current(feedback, expectedVersion);
        refuseIfAny(QuoteRules.check(withdrawal));
        Quote.getEntityManager().refresh(quote, LockModeType.PESSIMISTIC_WRITE);
        requireApproved(quote, expectedVersion);
        withdrawAndPublish(quote, feedback, withdrawal.reason(), actor());
    }

    /**
     * Feedback whose comments staff may read (SERVICE_ONLY or QUOTE_ANONYMOUSLY; only the latter when
     * {@code quotableOnly}), newest first. NOT_SHARED comments and erased ones are never listed. Every item shown
     * is audited.
     */
    @Transactional
    public FeedbackPage list(boolean quotableOnly, String fundingStream, PageRequest paging) {
        List<CommentsConsent> consents = quotableOnly
                ? List.of(CommentsConsent.QUOTE_ANONYMOUSLY)
                : List.of(CommentsConsent.SERVICE_ONLY, CommentsConsent.QUOTE_ANONYMOUSLY);
        String query = "instrument = 'SATISFACTION' and deleted = false and comments is not null"
                + " and commentsConsent in :consents"
                + (fundingStream == null ? "" : " and fundingStream = :stream");
        Parameters parameters = Parameters.with("consents", consents);
        if (fundingStream != null) {
            parameters = parameters.and("stream", fundingStream);
        }
        PanacheQuery<Assessment> found =
                Assessment.find(query + " order by completedOn desc, createdAt desc, id", parameters);
        long total = found.count();
        List<Assessment> shown = found.page(paging.page(), paging.size()).list();
        List<FeedbackView> items = shown.stream()
                .map(a -> FeedbackView.of(a, Quote.ofAssessment(a.id).orElse(null)))
                .toList();
        shown.forEach(a -> audit.record(Action.LIST, AuditLog.FEEDBACK, a.feedbackId));
        return new FeedbackPage(items, paging.page(), paging.size(), total);
    }

    /** One quote with the parent's words beside it. */
    public static String originalOf(UUID feedbackId) {
        return feedback(feedbackId).comments;
    }

    @Transactional
    public Quote read(UUID feedbackId) {
        Assessment feedback = feedback(feedbackId);
        Quote quote = Quote.ofAssessment(feedback.id).orElseThrow(ProblemException::notFound);
        audit.record(Action.READ, AuditLog.FEEDBACK, feedbackId);
        return quote;
    }

    /**
     * After a correction or deletion of a questionnaire, in its transaction: an approved quote whose words may no
     * longer be quoted (consent corrected away, comment changed, questionnaire deleted) is withdrawn at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterChange(Assessment assessment, String commentsBefore) {
        if (assessment.feedbackId == null) {
            return;
        }
        Quote quote = Quote.ofAssessment(assessment.id).filter(Quote::approved).orElse(null);
        if (quote == null) {
            return;
        }
        String reason = null;
        if (assessment.deleted) {
            reason = QUESTIONNAIRE_DELETED;
        } else if (assessment.commentsConsent != CommentsConsent.QUOTE_ANONYMOUSLY) {
            reason = CONSENT_CHANGED;
        } else if (!Objects.equals(commentsBefore, assessment.comments)) {
            reason = COMMENT_CHANGED;
        }
        if (reason != null) {
            withdrawAndPublish(quote, assessment, reason, actor());
        }
    }

    private void withdrawAndPublish(Quote quote, Assessment feedback, String reason, String by) {
        Instant now = Instant.now();
        quote.withdraw(reason, by, now);
        audit.record(Action.WITHDRAW_QUOTE, AuditLog.FEEDBACK, feedback.feedbackId);
        feed.append(quote.id, now);
    }

    /** 404: no such feedback, or its questionnaire was deleted. */
    static Assessment feedback(UUID feedbackId) {
        return Assessment.<Assessment>find("feedbackId = ?1 and deleted = false", feedbackId)
                .firstResultOptional()
                .orElseThrow(ProblemException::notFound);
    }

    /** The quote to change: 404 none, 409 not approved, 412 changed since read. */
    private static Quote current(Assessment feedback, int expectedVersion) {
        Quote quote = Quote.ofAssessment(feedback.id).orElseThrow(ProblemException::notFound);
        requireApproved(quote, expectedVersion);
        return quote;
    }

    private static void requireApproved(Quote quote, int expectedVersion) {
        if (!quote.approved()) {
            throw ProblemException.conflict(
                    "quote-not-approved", "This quote is withdrawn (or erased): approve the feedback again to use it");
        }
        Versions.requireCurrent(quote.version, expectedVersion);
    }

    /** 422 unless the parent agreed to be quoted and there are words to quote. */
    private static void quotable(Assessment feedback) {
        if (feedback.commentsConsent != CommentsConsent.QUOTE_ANONYMOUSLY) {
            throw ProblemException.unprocessable(
                    "no-quote-consent",
                    "The parent has not agreed to be quoted (commentsConsent QUOTE_ANONYMOUSLY on the questionnaire)");
        }
        if (feedback.comments == null || feedback.comments.isBlank()) {
            throw ProblemException.unprocessable("no-comments", "This feedback has no comments to quote");
        }
    }

    private static String textOf(QuoteRequest request, Assessment feedback) {
        return request.text() != null ? request.text() : feedback.comments;
    }

    private static boolean edited(QuoteRequest request, Assessment feedback) {
        return request.text() != null && !request.text().equals(feedback.comments);
    }

    private String actor() {
        return callers.current().actor();
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
