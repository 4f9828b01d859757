package org.oxpip.platform.app;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A named schema no operation uses, as the shared feed contract's item types are in a service that
 * publishes only one of the two feeds: SmallRye puts it in the document, the platform takes it out.
 */
@Schema(name = "Leftover")
public record Leftover(String note) {}
