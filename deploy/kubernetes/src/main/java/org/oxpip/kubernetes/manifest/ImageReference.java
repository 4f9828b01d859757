package org.oxpip.kubernetes.manifest;

/**
 * An image reference split into its name and its tag or digest. A colon belongs to the tag only after the
 * last slash: in "registry:5000/app" it separates the registry's port.
 */
public record ImageReference(String name, String tag, String digest) {

    public static ImageReference parse(String image) {
        String rest = image;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageReference(rest, tag, digest);
    }
}
