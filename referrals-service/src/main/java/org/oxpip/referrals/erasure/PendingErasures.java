package org.oxpip.referrals.erasure;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The erasures the calling service has not confirmed, oldest first. */
@Schema(name = "PendingErasures")
public record PendingErasures(List<PendingErasure> items) {}
