package org.oxpip.outcomes.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oxpip.platform.problem.Problem.FieldError;

/**
 * What makes a quote acceptable, every bad field at once, never quoting what was sent. A quote is at most
 * {@value #MAX_TEXT} characters: a few sentences, as a report prints them, and short enough to read for
 * anything identifying before approving it.
 */
final class QuoteRules {

    static final int MAX_TEXT = 1000;
    static final int MAX_STREAMS = 10;
    static final int MAX_REASON = 500;
    private static final Pattern STREAM = Pattern.compile("[A-Z0-9_]{1,64}");

    private QuoteRules() {}

    /** @param comment the parent's words, used when no text is given */
    static List<FieldError> check(QuoteRequest request, String comment) {
        List<FieldError> errors = new ArrayList<>();
        List<String> streams = request.fundingStreams();
        if (streams == null || streams.isEmpty()) {
            errors.add(new FieldError("fundingStreams", "must name at least one funding stream"));
        } else if (streams.size() > MAX_STREAMS) {
            errors.add(new FieldError("fundingStreams", "must name at most " + MAX_STREAMS + " funding streams"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < streams.size(); i++) {
                String stream = streams.get(i);
                if (stream == null || !STREAM.matcher(stream).matches()) {
                    errors.add(new FieldError(
                            "fundingStreams[" + i + "]", "must be a code of A-Z, 0-9 and _ (at most 64)"));
                } else if (!seen.add(stream)) {
                    errors.add(new FieldError("fundingStreams[" + i + "]", "is named twice"));
                }
            }
        }
        String text = request.text();
        if (text != null) {
            if (text.isBlank()) {
                errors.add(new FieldError("text", "must not be empty"));
            } else if (text.length() > MAX_TEXT) {
                errors.add(new FieldError("text", "must be at most " + MAX_TEXT + " characters"));
            }
        } else if (comment != null && comment.length() > MAX_TEXT) {
            errors.add(new FieldError(
                    "text",
                    "is required: the comment is longer than " + MAX_TEXT + " characters, so give a shorter quote"));
        }
        return errors;
    }

    static List<FieldError> check(QuoteWithdrawal withdrawal) {
        String reason = withdrawal == null ? null : withdrawal.reason();
        if (reason == null || reason.isBlank()) {
            return List.of(new FieldError("reason", "is required"));
        }
        if (reason.length() > MAX_REASON) {
            return List.of(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
        }
        return List.of();
    }
}
