package org.oxpip.outcomes.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oxpip.outcomes.alert.RiskAlert;
import org.oxpip.outcomes.audit.AuditLog;
import org.oxpip.outcomes.audit.AuditLog.Action;
import org.oxpip.outcomes.erasure.ErasedReferrals;
import org.oxpip.outcomes.erasure.Erasure;
import org.oxpip.outcomes.feed.AssessmentChange;
import org.oxpip.outcomes.feed.FeedWriter;
import org.oxpip.outcomes.feedback.Quotes;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.outcomes.instrument.InstrumentCatalogue;
import org.oxpip.outcomes.referral.ReferralCheck;
import org.oxpip.outcomes.referral.ReferralSnapshot;
import org.oxpip.outcomes.scoring.Score;
import org.oxpip.outcomes.scoring.Scoring;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.versions.Versions;

/**
 * Records, corrects and deletes measures. Each write checks everything before it writes anything,
 * then writes the assessment, any risk alert, the audit entry and finally the feed entry in one
 * transaction: a refused request leaves no trace. An erased referral takes no new data: our copy of referral
 * states answers (it knows our own erasures too); when it cannot, our record of erasures is asked first, then
 * referrals-service. Either one's word that the referral was erased also erases it here at once.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    ReferralCheck referrals;

    @Inject
    Today today;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    FeedWriter feed;

    @Inject
    ErasedReferrals erasedReferrals;

    @Inject
    Erasure erasure;

    @Inject
    Quotes quotes;

    @Transactional
    public Assessment record(AssessmentRequest request) {
        if (request == null) {
            throw ProblemException.bodyRequired();
        }
        Optional<Instrument> instrument = catalogue.find(request.instrument());
        List<String> codes = catalogue.all().stream().map(Instrument::code).toList();
        refuseIfAny(AssessmentRules.check(request, instrument, codes, today.date()));
        ReferralSnapshot referral = openToMeasures(request.referralId());
        refuseIfAny(AssessmentRules.notBeforeReferral(request.completedOn(), referral.receivedOn()));

        Score score = Scoring.score(instrument.orElseThrow(), request.answers());
        erasedReferrals.holdForWriting(request.referralId());
        // To the microsecond, as PostgreSQL keeps it: the time first recorded orders same-day scores (ScorePoint)
        // here and in reporting-service, so the value in hand must be the value stored and sent in the feed.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Assessment assessment = Assessment.record(
                request.referralId(),
                request.instrument(),
                Timepoint.valueOf(request.timepoint()),
                Respondent.valueOf(request.respondent()),
                request.completedOn(),
                score,
                Comments.of(
                        instrument.orElseThrow().commentsAllowed(),
                        request.comments(),
                        request.commentsConsent(),
                        request.commentsConsentDate(),
                        referral.fundingStream()),
                callers.current().actor(),
                now);
        assessment.persist();
        if (score.riskFlag()) {
            raiseAlert(assessment, score, now);
        }
        audit.record(Action.RECORD, AuditLog.ASSESSMENT, assessment.id);
        feed.append(change(assessment));
        return assessment;
    }

    @Transactional
    public Assessment correct(UUID id, int expectedVersion, AssessmentCorrection correction) {
        Assessment assessment = changeable(id, expectedVersion);
        if (correction == null) {
            throw ProblemException.bodyRequired();
        }
        Instrument instrument = catalogue.find(assessment.instrument).orElseThrow();
        refuseIfAny(AssessmentRules.check(correction, instrument, today.date()));
        ReferralSnapshot referral = openToMeasures(assessment.referralId);
        refuseIfAny(AssessmentRules.notBeforeReferral(correction.completedOn(), referral.receivedOn()));

        Score score = Scoring.score(instrument, correction.answers());
        erasedReferrals.holdForWriting(assessment.referralId);
        lockUnchanged(assessment, expectedVersion);
        Instant now = Instant.now();
        String actor = callers.current().actor();
        boolean wasAtRisk = Boolean.TRUE.equals(assessment.riskFlag);
        String commentsBefore = assessment.comments;
        AssessmentVersion.keep(assessment, AssessmentVersion.Change.CORRECTED, correction.reason(), actor, now)
                .persist();
        assessment.correct(
                Timepoint.valueOf(correction.timepoint()),
                Respondent.valueOf(correction.respondent()),
                correction.completedOn(),
                score,
                Comments.of(
                        instrument.commentsAllowed(),
                        correction.comments(),
                        correction.commentsConsent(),
                        correction.commentsConsentDate(),
                        referral.fundingStream()),
                now);
        // An answer corrected to a risk answer is news; one that already was has had its alert.
        if (score.riskFlag() && !wasAtRisk) {
            raiseAlert(assessment, score, now);
        }
        audit.record(Action.CORRECT, AuditLog.ASSESSMENT, id);
        feed.append(change(assessment));
        quotes.afterChange(assessment, commentsBefore);
        return assessment;
    }

    @Transactional
    public void delete(UUID id, int expectedVersion, Deletion deletion) {
        Assessment assessment = changeable(id, expectedVersion);
        refuseIfAny(AssessmentRules.check(deletion));
        notErased(assessment.referralId);
        erasedReferrals.holdForWriting(assessment.referralId);
        lockUnchanged(assessment, expectedVersion);
        Instant now = Instant.now();
        String actor = callers.current().actor();
        AssessmentVersion.keep(assessment, AssessmentVersion.Change.DELETED, deletion.reason(), actor, now)
                .persist();
        assessment.delete(deletion.reason(), actor, now);
        audit.record(Action.DELETE, AuditLog.ASSESSMENT, id);
        feed.append(change(assessment));
        quotes.afterChange(assessment, assessment.comments);
    }

    @Transactional
    public Optional<Assessment> read(UUID id) {
        Optional<Assessment> assessment = Assessment.findByIdOptional(id);
        assessment.ifPresent(a -> audit.record(Action.READ, AuditLog.ASSESSMENT, id));
        return assessment;
    }

    @Transactional
    public Optional<List<AssessmentVersion>> history(UUID id) {
        if (Assessment.findByIdOptional(id).isEmpty()) {
            return Optional.empty();
        }
        audit.record(Action.READ_HISTORY, AuditLog.ASSESSMENT, id);
        return Optional.of(AssessmentVersion.of(id));
    }

    /** 404 unknown, 409 already deleted, 412 changed since the caller read it: answered before any slower check. */
    private static Assessment changeable(UUID id, int expectedVersion) {
        Assessment assessment = Assessment.<Assessment>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        refuseIfChanged(assessment, expectedVersion);
        return assessment;
    }

    /**
     * Re-reads the row FOR UPDATE just before writing, after the checks (which may wait on
     * referrals-service), so the lock is short. Of two changes racing on one version the second
     * waits here, then sees the first one's version and gets 412 instead of a clash in the history.
     */
    private static void lockUnchanged(Assessment assessment, int expectedVersion) {
        Assessment.getEntityManager().refresh(assessment, LockModeType.PESSIMISTIC_WRITE);
        refuseIfChanged(assessment, expectedVersion);
    }

    private static void refuseIfChanged(Assessment assessment, int expectedVersion) {
        if (assessment.deleted) {
            throw ProblemException.conflict("assessment-deleted", "This assessment was deleted as entered in error");
        }
        Versions.requireCurrent(assessment.version, expectedVersion);
    }

    private ReferralSnapshot openToMeasures(UUID referralId) {
        ReferralSnapshot referral = referrals
                .find(referralId, () -> erasedReferrals.refuseIfErased(referralId))
                .orElseThrow(() ->
                        ProblemException.unprocessable("unknown-referral", "referrals-service knows no such referral"));
        refuseIfErasedThere(referralId, referral);
        if (!referral.acceptsMeasures()) {
            throw ProblemException.unprocessable(
                    "referral-not-accepted",
                    "Measures are recorded only for referrals that are ACCEPTED, WAITING, IN_THERAPY or CLOSED");
        }
        return referral;
    }

    /** A deletion needs no particular status, only a referral that was not erased. */
    private void notErased(UUID referralId) {
        referrals
                .find(referralId, () -> erasedReferrals.refuseIfErased(referralId))
                .ifPresent(referral -> refuseIfErasedThere(referralId, referral));
    }

    /**
     * referrals-service says it erased the referral before our poll has caught up: erase our copy now
     * (in a transaction of its own, since this request is refused and rolls back). The confirmation
     * to referrals-service still comes from the poll.
     */
    private void refuseIfErasedThere(UUID referralId, ReferralSnapshot referral) {
        if (referral.erased()) {
            erasure.apply(referralId, referral.erasedAt());
            throw ErasedReferrals.refusal();
        }
    }

    private static void raiseAlert(Assessment assessment, Score score, Instant now) {
        RiskAlert.raise(
                assessment.id,
                assessment.referralId,
                assessment.instrument,
                assessment.respondent.name(),
                score.positiveRiskItems(),
                now);
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** An assessment as the feed publishes it. */
    public static AssessmentChange change(Assessment a) {
        return new AssessmentChange(
                a.id,
                a.referralId,
                a.instrument,
                a.timepoint.name(),
                a.respondent.name(),
                a.completedOn,
                a.total,
                a.band,
                a.deleted,
                a.updatedAt,
                a.createdAt);
    }
}
