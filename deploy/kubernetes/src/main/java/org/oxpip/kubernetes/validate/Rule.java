package org.oxpip.kubernetes.validate;

/** The kinds of error the validation reports; the planted-error tests assert on these. */
public enum Rule {
    /** apiVersion/kind that is neither a known built-in type nor one of the custom resources we check. */
    UNKNOWN_KIND,
    /** A field the type does not have. */
    UNKNOWN_FIELD,
    /** A value of the wrong JSON type (e.g. "2" where a number is expected). */
    WRONG_TYPE,
    /** A field the type requires is absent. */
    MISSING_REQUIRED_FIELD,
    /** A value outside an enumeration or a pattern of a custom resource's schema. */
    INVALID_VALUE,
    MISSING_PROBE,
    MISSING_RESOURCES,
    RUNS_AS_ROOT,
    WRITABLE_ROOT_FILESYSTEM,
    PRIVILEGE_ESCALATION,
    CAPABILITIES,
    SECCOMP,
    SECRET_WITH_DATA,
    IMAGE_NOT_PINNED,
    /** A Service, HorizontalPodAutoscaler, PodDisruptionBudget or Ingress pointing at nothing. */
    DANGLING_REFERENCE,
    /** A change feed reachable from outside (Ingress) or by a pod other than those allowed (NetworkPolicy). */
    FEED_EXPOSED,
    /** Keycloak's admin console or a realm other than oxpip (above all master) routed from outside. */
    KEYCLOAK_EXPOSED,
    /** A database reachable by a pod other than its own service. */
    DATABASE_EXPOSED,
    /** A connection the system needs that the NetworkPolicies block. */
    FLOW_BLOCKED
}
