package org.oxpip.referrals.referral;

import java.util.List;

/** One page of a list: {@code {items, page, size, totalItems}} as in the API conventions. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {}
