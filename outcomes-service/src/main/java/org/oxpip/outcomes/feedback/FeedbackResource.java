package org.oxpip.outcomes.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.paging.PageParams;
import org.oxpip.platform.paging.PageRequest;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;

/**
 * Parents' feedback and the quotes a manager approves from it (outcomes-service/README.md, "Feedback and
 * quotes"): list what may be read or quoted, approve a quote for funding streams (de-identified if need be),
 * edit it, withdraw it. Only an approved quote's text, streams and month leave this service (the quotes feed).
 */
@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Feedback")
public class FeedbackResource {

    private static final Pattern STREAM = Pattern.compile("[A-Z0-9_]{1,64}");
    private static final String IF_MATCH = "The quote's ETag as last read, e.g. \"0\"";
    private static final String NO_CONSENT_EXAMPLE = """
            {"type": "https://oxpip.org/problems/no-quote-consent", "title": "Refused by a business rule",
            "status": 422, "detail": "The parent has not agreed to be quoted (commentsConsent QUOTE_ANONYMOUSLY on the questionnaire)"}""";
    private static final String REQUEST_EXAMPLE = """
            {"fundingStreams": ["DIDCOT_POWERHOUSE"], "text": "The sessions helped us enjoy our baby again."}""";

    @Inject
    Quotes quotes;

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            operationId = "listFeedback",
            summary = "Parents' feedback to curate",
            description = "Role: manager. Satisfaction questionnaires whose comments the parent let the service read"
                    + " (SERVICE_ONLY) or quote (QUOTE_ANONYMOUSLY; `quotable=true` for these only), newest first, with"
                    + " the date, the funding stream, the answers and any quote approved from them. Never the family:"
                    + " no referral or assessment id, only the feedback id. Comments kept NOT_SHARED, and erased ones,"
                    + " are never listed. Each item shown is audited.")
    @APIResponse(
            responseCode = "200",
            description = "A page of feedback",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedbackPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "quotable is not true or false, fundingStream is not a code, or a page or size is out of"
                    + " range",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public FeedbackPage list(
            @Parameter(
                            description = "true: only feedback the parent agreed may be quoted",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("quotable")
                    String quotable,
            @Parameter(description = "Only this funding stream's feedback", example = "DIDCOT_POWERHOUSE")
                    @QueryParam("fundingStream")
                    String fundingStream,
            @BeanParam PageParams paging) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (quotable != null && !quotable.equals("true") && !quotable.equals("false")) {
            errors.add(new Problem.FieldError("quotable", "must be true or false"));
        }
        if (fundingStream != null && !STREAM.matcher(fundingStream).matches()) {
            errors.add(new Problem.FieldError("fundingStream", "must be a code of A-Z, 0-9 and _ (at most 64)"));
        }
        PageRequest request = paging.request(errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return quotes.list("true".equals(quotable), fundingStream, request);
    }

    @GET
    @Path("/{id}/quote")
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            operationId = "readQuote",
            summary = "The quote approved from one feedback",
            description = "Role: manager. The approved text beside the parent's words, its funding streams, month and"
                    + " status (also once withdrawn). The read is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The quote; ETag is its version",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Its version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteView.class),
                            examples = @ExampleObject(name = "quote", value = QuoteView.EXAMPLE)))
    @APIResponse(
            responseCode = "404",
            description = "No such feedback, or no quote was ever approved from it",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("id") UUID id) {
        Quote quote = quotes.read(id);
        return withTag(Response.ok(), quote, id);
    }

    @POST
    @Path("/{id}/quote")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "approveQuote",
            summary = "Approve feedback as a quote for funders' reports",
            description = "Role: manager. Only for feedback the parent agreed may be quoted anonymously"
                    + " (QUOTE_ANONYMOUSLY, else 422 no-quote-consent). `text` is the quote as reports will print it:"
                    + " edit out names, places, dates, the baby's name; absent, the parent's words as written. At most"
                    + " 1000 characters, never empty (400). The parent's words stay beside the edit; both are audited."
                    + " A withdrawn quote may be approved again.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteRequest.class),
                            examples = @ExampleObject(name = "approval", value = REQUEST_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Approved; Location is the quote, ETag its version",
            headers = {
                @Header(
                        name = "Location",
                        description = "The quote",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteView.class),
                            examples = @ExampleObject(name = "quote", value = QuoteView.EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            description = "No funding stream, a stream that is not a code, an empty text, or one over 1000 characters",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such feedback",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already approved (quote-approved): edit it with PUT",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The parent did not agree to be quoted (no-quote-consent), there are no comments"
                    + " (no-comments), or the family's data was erased (referral-erased); nothing was changed",
            content =
                    @Content(
                            mediaType = Problem.JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "no consent", value = NO_CONSENT_EXAMPLE)))
    public Response approve(@PathParam("id") UUID id, QuoteRequest request) {
        Quote quote = quotes.approve(id, request);
        return withTag(Response.created(location(id)).status(201), quote, id);
    }

    @PUT
    @Path("/{id}/quote")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "editQuote",
            summary = "Edit an approved quote",
            description = "Role: manager. Replaces its funding streams and text (absent: the parent's words as"
                    + " written), with If-Match. The same rules as approving; the change is audited and reaches the"
                    + " reports with the next sync.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteRequest.class),
                            examples = @ExampleObject(name = "edit", value = REQUEST_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Edited; the new ETag is the new version",
            headers =
                    @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid streams or text, or an If-Match that is not one of our ETags",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such feedback, or no quote approved from it",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The quote is withdrawn or erased (quote-not-approved)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "The quote changed since it was read (stale If-Match)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The family's data was erased (referral-erased); nothing was changed",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response edit(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            QuoteRequest request) {
        Quote quote = quotes.edit(id, Versions.fromIfMatch(ifMatch), request);
        return withTag(Response.ok(), quote, id);
    }

    @DELETE
    @Path("/{id}/quote")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "withdrawQuote",
            summary = "Withdraw a quote",
            description = "Role: manager. With a reason and If-Match. The quote leaves every report after the next"
                    + " sync (the quotes feed says it is no longer approved); inside this service it is kept, marked"
                    + " WITHDRAWN, and may be approved again. A parent who withdraws consent has the clinician correct"
                    + " the consent on the questionnaire (PUT /api/v1/assessments/{id}): that withdraws the quote too.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteWithdrawal.class),
                            examples = @ExampleObject(name = "withdrawal", value = """
                    {"reason": "The parent asked us not to use it after all"}""")))
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(
            responseCode = "400",
            description = "The reason is missing or too long, or If-Match is not one of our ETags",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such feedback, or no quote approved from it",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already withdrawn or erased (quote-not-approved)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "The quote changed since it was read (stale If-Match)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            QuoteWithdrawal withdrawal) {
        quotes.withdraw(id, Versions.fromIfMatch(ifMatch), withdrawal);
        return Response.noContent().build();
    }

    private static Response withTag(Response.ResponseBuilder response, Quote quote, UUID feedbackId) {
        return response.tag(Versions.etag(quote.version))
                .entity(QuoteView.of(quote, Quotes.originalOf(feedbackId)))
                .build();
    }

    private static java.net.URI location(UUID feedbackId) {
        return UriBuilder.fromPath("/api/v1/feedback/{id}/quote").build(feedbackId);
    }
}
