package org.oxpip.platform.paging;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, as every list endpoint answers: {@code {items, page, size, totalItems}}. All four
 * are always there and never null (required in the document); an empty page has {@code items: []}.
 */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems) {

    public Page {
        Objects.requireNonNull(items, "items");
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems);
    }
}
