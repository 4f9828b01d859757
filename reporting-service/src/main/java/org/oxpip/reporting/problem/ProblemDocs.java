package org.oxpip.reporting.problem;

/** Wording shared by the OpenAPI descriptions of error responses. */
public final class ProblemDocs {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BAD_REQUEST = "Malformed or invalid parameters; `errors` lists each bad field";
    public static final String UNAUTHORIZED = "No valid bearer token";
    public static final String FORBIDDEN = "The caller's role may not do this";
    public static final String UNPROCESSABLE = "Well-formed but refused by a rule";

    private ProblemDocs() {}
}
