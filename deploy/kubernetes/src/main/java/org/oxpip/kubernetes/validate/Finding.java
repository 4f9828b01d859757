package org.oxpip.kubernetes.validate;

/** One thing wrong with one object: the rule broken, the object (kind/namespace/name) and what is wrong. */
public record Finding(Rule rule, String resource, String message) {

    @Override
    public String toString() {
        return rule + " " + resource + ": " + message;
    }
}
