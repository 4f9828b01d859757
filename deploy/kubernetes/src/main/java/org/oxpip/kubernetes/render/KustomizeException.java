package org.oxpip.kubernetes.render;

/** A kustomization we cannot (or kustomize would not) build: the message says which file and why. */
public class KustomizeException extends RuntimeException {
    public KustomizeException(String message) {
        super(message);
    }
}
